// A connector module for Ferry's tests: a source whose change log is a JSON file (account.path) that maps each
// lastSync (as text: "null", "1", …) to the getUpdates() answer for it. Each call's lastSync is appended to
// account.path + ".calls", one per line, so a test sees where Ferry continued from.
'use strict';
const fs = require('fs');

let account = null;

exports.init = async (acc) => {
    account = acc;
};
exports.getUpdates = async (lastSync) => {
    fs.appendFileSync(account.path + '.calls', JSON.stringify(lastSync) + '\n');
    const feed = JSON.parse(fs.readFileSync(account.path, 'utf8'));
    return feed[String(lastSync)] || {nextSync: lastSync, entries: []};
};
