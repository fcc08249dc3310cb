// A small data-source module (SyncPenguin-style, all async) for tst_climodule: notes kept in a JSON file in the
// folder init(account) names. Its console output goes to ferry-cli's stderr, its results to stdout.
'use strict';

const fs = require('fs');
const path = require('path');

let store = null;

function load() {
    if (!store)
        throw new Error('init(account) was not called');
    return fs.existsSync(store) ? JSON.parse(fs.readFileSync(store, 'utf8')) : {nextId: 1, notes: {}};
}

function save(data) {
    fs.writeFileSync(store, JSON.stringify(data));
}

exports.init = async function (account) {
    if (!account || !account.folder)
        throw new Error('account.folder is missing');
    store = path.join(account.folder, 'notes.json');
    console.log(`init: notes in ${store}`);
};

exports.insert = async function (value) {
    const data = load();
    const id = String(data.nextId++);
    data.notes[id] = value;
    save(data);
    console.log(`inserted ${id}`);
    return id;
};

exports.get = async function (id) {
    const note = load().notes[id];
    if (note === undefined)
        throw new Error(`no note ${id}`);
    return note;
};

exports.patch = async function (id, value) {
    const data = load();
    if (data.notes[id] === undefined)
        throw new Error(`no note ${id}`);
    data.notes[id] = Object.assign({}, data.notes[id], value);
    save(data);
    return data.notes[id];
};

exports.getUpdates = async function (lastSync) {
    const data = load();
    return {
        nextSync: String(data.nextId),
        entries: Object.keys(data.notes)
                     .filter((id) => lastSync === null || Number(id) >= Number(lastSync))
                     .map((id) => ({id, type: 'upsert', value: data.notes[id]}))
    };
};
