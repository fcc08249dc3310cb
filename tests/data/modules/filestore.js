// A connector module for Ferry's tests: records kept in a JSON file (account.path), so each run of ferry-cli
// (a new Node.js process) sees what the last one wrote. patch() and insert() refuse a record whose name is
// account.refuse_name, with a message the tests look for; account.slow_ms makes each insert wait (and leaves
// account.path + ".inserting" behind, so a test knows when to kill the run); account.hide names a field the
// listing leaves out (a write-only field, such as a password).
'use strict';
const fs = require('fs');

let account = null;

function load() {
    try {
        return JSON.parse(fs.readFileSync(account.path, 'utf8'));
    } catch (e) {
        return {next: 1, records: {}};
    }
}
function save(db) {
    fs.writeFileSync(account.path + '.tmp', JSON.stringify(db));
    fs.renameSync(account.path + '.tmp', account.path);
}
function refuse(value) {
    if (account.refuse_name && value.name === account.refuse_name)
        throw new Error(`the store refuses the name ${value.name}`);
}

exports.init = async (acc) => {
    account = acc;
};
exports.getUpdates = async (lastSync) => {
    const db = load();
    const shown = (value) => {
        const copy = {...value};
        if (account.hide)
            delete copy[account.hide];
        return copy;
    };
    const entries = Object.entries(db.records).map(([id, value]) => ({id, type: 'upsert', value: shown(value)}));
    return {nextSync: lastSync, entries};
};
exports.get = async (id) => load().records[id];
exports.insert = async (value) => {
    refuse(value);
    if (account.slow_ms) {
        fs.writeFileSync(account.path + '.inserting', '');
        await new Promise((resolve) => setTimeout(resolve, Number(account.slow_ms)));
    }
    const db = load();
    const id = `r${db.next++}`;
    db.records[id] = value;
    save(db);
    return id;
};
exports.patch = async (id, value) => {
    refuse(value);
    const db = load();
    if (!db.records[id])
        throw new Error(`no record ${id}`);
    db.records[id] = {...db.records[id], ...value};
    save(db);
};
exports.delete = async (id) => {
    const db = load();
    delete db.records[id];
    save(db);
};
