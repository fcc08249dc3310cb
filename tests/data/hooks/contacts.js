// Hooks for tst_clihooks (an integrator.io-style preMap): phone numbers in E.164 form, test records dropped.
// options.settings.country picks the national prefix; settings.envDump, when set, is where postAggregate
// writes the names and values of the environment it got (the test checks no secret is in it); settings.submitDump,
// when set, is where postSubmit appends what each call got (preMapData, postMapData, responseData) as a JSON line.
'use strict';

const fs = require('fs');

const prefixes = {GB: '+44', FR: '+33', DE: '+49'};

function normalisePhone(phone, country) {
    if (phone === null || phone === undefined || phone === '')
        return null;
    let digits = String(phone).replace(/[^0-9+]/g, '');
    if (digits.startsWith('00'))
        digits = '+' + digits.slice(2);
    else if (digits.startsWith('0'))
        digits = (prefixes[country] || '') + digits.slice(1);
    return digits;
}

exports.preMap = function (options, callback) {
    const country = options.settings.country || 'GB';
    let dropped = 0;
    const out = options.preMapData.map((record) => {
        if (/^test/i.test(record.full_name || '') || /@test\./.test(record.email || '')) {
            dropped += 1;
            return {};
        }
        const phone = normalisePhone(record.phone, country);
        if (phone !== null && !/^\+[0-9]{8,15}$/.test(phone))
            return {data: record, errors: [{code: 'phone', message: `'${record.phone}' is not a phone number`}]};
        return {data: Object.assign({}, record, {phone})};
    });
    console.log(`page ${options.pageIndex}: ${dropped} test record(s) dropped`);
    callback(null, out);
};

exports.postSubmit = function (options, callback) {
    if (options.settings.submitDump)
        fs.appendFileSync(options.settings.submitDump, JSON.stringify({
            preMapData: options.preMapData,
            postMapData: options.postMapData,
            responseData: options.responseData
        }) + '\n');
    callback(null, options.responseData);
};

exports.postAggregate = async function (options) {
    if (options.settings.envDump)
        fs.writeFileSync(options.settings.envDump, JSON.stringify({env: process.env, data: options.postAggregateData}));
};
