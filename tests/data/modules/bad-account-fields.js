// A connector module for Ferry's tests whose accountFields are malformed: its second entry has no name.
'use strict';
exports.accountFields = [
    {name: 'url', type: 'url'},
    {type: 'text', help: 'a field without a name'},
];
exports.init = async () => {};
exports.getUpdates = async () => ({nextSync: null, entries: []});
