// A connector module for Ferry's tests: one record per account value it was given (the secret resolved), and
// the names of the environment variables it sees, so a test can check what reached the module.
'use strict';
let account = {};
exports.init = async (acc) => {
    account = acc;
};
exports.getUpdates = async () => ({
    nextSync: null,
    entries: Object.keys(account).sort().map((name, i) => ({
        id: i + 1,
        type: 'upsert',
        value: {name, value: String(account[name]), env: Object.keys(process.env).filter((k) => k.startsWith('FERRY')).join(',')},
    })),
});
