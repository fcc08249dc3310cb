// Example hooks for a contact list (docs/extensions.md): phone numbers to E.164, test records dropped.
//
//   preMap  normalises each record's `phone`: spaces, dots, dashes and brackets go; "00" becomes "+"; a
//           national number (leading 0) gets the country code of options.settings.country (GB, FR, DE, ...;
//           default GB); a "(0)" after a country code goes. A number that is still not +<8-15 digits> makes the
//           record a row error (the sync goes on with the others). Test records are dropped: emails at
//           example.com / example.org / example.net or *.test / *.invalid, and names starting "test".
//   preSavePage drops the same test records a whole page at a time (use one of the two, not both).
//
// Try it:  ferry-cli hook test contacts-job.yml --hook preMap
// Run it:  ferry-cli run contacts-job.yml --dry-run
'use strict';

const countryCodes = {GB: '44', IE: '353', FR: '33', DE: '49', NL: '31', BE: '32', ES: '34', IT: '39', CH: '41',
                      AT: '43', US: '1', CA: '1', AU: '61'};

function isTestRecord(record) {
    const email = String(record.email || '').toLowerCase();
    const name = String(record.name || record.full_name || '').trim().toLowerCase();
    return /@(.+\.)?example\.(com|org|net)$/.test(email) || /\.(test|invalid)$/.test(email) ||
           name.startsWith('test');
}

// '+44 (0)20 7946 0958' -> '+442079460958'; '020 7946 0958' with country GB -> '+442079460958'.
// Returns null for no number, undefined for something that is not a phone number.
function normalisePhone(phone, country) {
    if (phone === null || phone === undefined || String(phone).trim() === '')
        return null;
    let s = String(phone).trim().replace(/\(0\)/g, '').replace(/[\s.\-()\/]/g, '');
    if (s.startsWith('00'))
        s = '+' + s.slice(2);
    else if (!s.startsWith('+')) {
        const code = countryCodes[String(country || 'GB').toUpperCase()];
        if (!code)
            return undefined;
        s = '+' + code + s.replace(/^0/, '');
    }
    return /^\+[1-9][0-9]{7,14}$/.test(s) ? s : undefined;
}

exports.preMap = function (options, callback) {
    const country = (options.settings && options.settings.country) || 'GB';
    let dropped = 0;
    const results = options.preMapData.map((record) => {
        if (isTestRecord(record)) {
            dropped += 1;
            return {}; // no data: the record is dropped
        }
        const phone = normalisePhone(record.phone, country);
        if (phone === undefined)
            return {data: record, errors: [{code: 'phone', message: `'${record.phone}' is not a phone number`}]};
        return {data: Object.assign({}, record, {phone})};
    });
    console.log(`page ${options.pageIndex}: ${dropped} test record(s) dropped`);
    callback(null, results);
};

exports.preSavePage = async function (options) {
    const data = options.data.filter((record) => !isTestRecord(record));
    return {data, errors: [], abort: false};
};

exports.normalisePhone = normalisePhone; // for a quick `ferry-cli module call contacts-hooks.js normalisePhone`
