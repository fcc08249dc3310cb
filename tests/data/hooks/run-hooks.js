// Hooks for tst_hooks: each behaves as options.settings.mode says, so one file serves every case.
'use strict';

const fs = require('fs');

function record(options, name) {
    if (options.settings.record)
        fs.appendFileSync(options.settings.record, JSON.stringify({hook: name, options}) + '\n');
}

// Fails the way settings.fail says on page settings.failPage (0-based), else calls next().
function maybeFail(options, name, next) {
    const s = options.settings;
    if (s.failHook !== name || options.pageIndex !== s.failPage)
        return next();
    switch (s.fail) {
    case 'throw':
        throw new Error(`${name} cannot handle page ${options.pageIndex}`);
    case 'reject':
        return Promise.reject(new RangeError('rejected page ' + options.pageIndex));
    case 'timeout':
        return new Promise(() => {});
    case 'loop':
        for (;;) {
        }
    case 'exit':
        process.exit(1);
    case 'short': // one result too few
        return Promise.resolve(options.preMapData.slice(1).map((r) => ({data: r})));
    case 'scalars': // records that are not objects
        return Promise.resolve({data: options.data.map((r) => r.id)});
    }
    return next();
}

exports.preSavePage = (options, callback) => {
    record(options, 'preSavePage');
    return maybeFail(options, 'preSavePage', () => {
        const s = options.settings;
        if (s.abortOnPage === options.pageIndex)
            return callback(null, {data: [], errors: [{code: 'stop', message: 'the CRM export is incomplete'}], abort: true});
        const data = options.data
                         .filter((r) => r.id !== 2)
                         .map((r) => Object.assign({}, r, {name: r.name.toUpperCase(), page: options.pageIndex}));
        if (options.pageIndex === 0)
            data.push({id: 100, name: 'ADDED', phone: null, page: 0});
        if (options.pageIndex === 2) // a field only the last page has
            data.forEach((r) => { r.late = 'L' + r.id; });
        const errors = options.pageIndex === 0 ? [{code: 'note', message: 'page 0 looked at'}] : [];
        callback(null, {data, errors});
    });
};

exports.preMap = async (options) => {
    record(options, 'preMap');
    console.log(`preMap page ${options.pageIndex}: ${options.preMapData.length} record(s)`);
    return maybeFail(options, 'preMap', () => options.preMapData.map((r) => {
        if (r.name === 'test')
            return {}; // dropped
        if (r.phone === 'bad')
            return {data: r, errors: [{code: 'phone', message: `invalid phone for ${r.id}`}]};
        return {data: Object.assign({}, r, {phone: r.phone ? r.phone.replace(/[^0-9+]/g, '') : r.phone})};
    }));
};

exports.postMap = (options, callback) => {
    record(options, 'postMap');
    return maybeFail(options, 'postMap', () => {
        callback(null, options.postMapData.map((r, i) => options.settings.postMapDrop === r.id ? null : ({
            data: Object.assign({}, r, {Checked: options.preMapData[i].name === r.Name, Country: options.settings.country})
        })));
    });
};

exports.postSubmit = (options, callback) => {
    record(options, 'postSubmit');
    const out = options.responseData.map((resp, i) => {
        if (options.postMapData[i] && options.postMapData[i].id === 2)
            return Object.assign({}, resp, {errors: [{code: 'crm', message: 'the CRM refused bob afterwards'}]});
        return resp;
    });
    callback(null, out);
};

exports.postAggregate = (options, callback) => {
    record(options, 'postAggregate');
    callback();
};
