// A connector module for Ferry's tests whose ids are numbers and which finds records with ===, as many modules
// do: patch("1") or delete("2") would find nothing. Records are kept in a JSON file (account.path).
'use strict';
const fs = require('fs');

let account = null;
const load = () => {
    try {
        return JSON.parse(fs.readFileSync(account.path, 'utf8'));
    } catch (e) {
        return {next: 1, records: []};
    }
};
const save = (db) => fs.writeFileSync(account.path, JSON.stringify(db));
const find = (db, id) => {
    const i = db.records.findIndex((r) => r.id === id);
    if (i < 0)
        throw new Error(`no record ${JSON.stringify(id)}`);
    return i;
};

exports.init = async (acc) => {
    account = acc;
};
exports.getUpdates = async () => ({
    nextSync: null,
    entries: load().records.map((r) => ({id: r.id, type: 'upsert', value: r.value})),
});
exports.insert = async (value) => {
    const db = load();
    const id = db.next++;
    db.records.push({id, value});
    save(db);
    return id;
};
exports.patch = async (id, value) => {
    const db = load();
    db.records[find(db, id)].value = value;
    save(db);
};
exports.delete = async (id) => {
    const db = load();
    db.records.splice(find(db, id), 1);
    save(db);
};
