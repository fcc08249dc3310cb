// A connector module for Ferry's tests: a change log that names records more than once, as a change feed does:
// record 1 inserted then updated, record 3 upserted then deleted (an id-only delete).
'use strict';
exports.init = async () => {};
exports.getUpdates = async (lastSync) => ({
    nextSync: 5,
    entries: [
        {id: 1, type: 'insert', value: {code: 1, name: 'first'}},
        {id: 2, type: 'upsert', value: {code: 2, name: 'two'}},
        {id: 1, type: 'update', value: {code: 1, name: 'second'}},
        {id: 3, type: 'upsert', value: {code: 3, name: 'three'}},
        {id: 3, type: 'delete'},
    ],
});
