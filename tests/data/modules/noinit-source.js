// A connector module for Ferry's tests that exports no init (init is optional, as for module call): one record.
'use strict';
exports.getUpdates = async () => ({nextSync: 1, entries: [{id: 1, type: 'upsert', value: {code: 1, name: 'one'}}]});
