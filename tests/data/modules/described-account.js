// A connector module for Ferry's tests that describes its account (accountFields): the job editor shows a
// form for it. Like echoaccount.js, it lists one record per account value it was given.
'use strict';
exports.accountFields = [
    {name: 'url', type: 'url', help: 'The service address, e.g. https://api.example.com'},
    {name: 'workspace', help: 'The workspace to read'},
    {name: 'page_size', type: 'number', secret: false, help: 'Records per request'},
    {name: 'verbose', type: 'boolean', help: 'Log every request'},
    {name: 'api_key', type: 'text', secret: true, help: 'The API key (Settings > API)'},
];
let account = {};
exports.init = async (acc) => {
    account = acc;
};
exports.getUpdates = async () => ({
    nextSync: null,
    entries: Object.keys(account).sort().map((name, i) => ({id: i + 1, type: 'upsert', value: {name, value: String(account[name])}})),
});
