// Hooks for tst_cliextensions (ferry-cli hook test): preMap throws when settings.throw is set; postMap adds a
// field, renames a value and adds a record; preSavePage keeps every other record.
'use strict';

exports.preMap = function (options, callback) {
    if (options.settings.throw)
        throw new Error('preMap refuses this page');
    callback(null, options.preMapData.map((data) => ({data})));
};

exports.postMap = async function (options) {
    console.warn(`postMap got ${options.postMapData.length} row(s)`);
    return options.postMapData.map((row, i) => ({
        data: Object.assign({}, row, {Name: String(row.Name).toUpperCase(), Source: options.preMapData[i].email})
    }));
};

exports.preSavePage = function (options, callback) {
    const data = options.data.filter((_, i) => i % 2 === 0);
    data.push({id: 99, name: 'Added', email: 'added@hook', phone: null});
    callback(null, {data, errors: [], abort: false});
};
