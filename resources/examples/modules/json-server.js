// A Ferry connector module (the data-source module interface: init, get, insert, patch, delete, getUpdates,
// all async) for one collection of a json-server REST API (https://github.com/typicode/json-server, 0.17).
// Ferry's tests run it against the real json-server; see docs/extensions.md, "Connector modules".
//
//   source/target: {type: module, file: json-server.js,
//                   account: {url: http://127.0.0.1:3000, collection: contacts, updated_field: updatedAt}}
//
// As a source, getUpdates(lastSync) lists the records whose updated_field is at or after lastSync (all of
// them for null) and answers the latest such value as nextSync. json-server keeps no record of deletions,
// so this module reports none. As a target, insert and patch stamp updated_field with the current time when
// the record does not carry it, so that another job reading this collection sees the change.
'use strict';

// Shown by the job editor as the account form.
exports.accountFields = [
    {name: 'url', type: 'url', secret: false, help: 'The json-server address, e.g. http://127.0.0.1:3000'},
    {name: 'collection', type: 'text', secret: false, help: 'The collection (default: records)'},
    {name: 'updated_field', type: 'text', secret: false,
     help: 'The field holding when a record last changed, ISO 8601 (default: updatedAt)'},
    {name: 'token', type: 'text', secret: true, help: 'Sent as a bearer token when set (json-server needs none)'},
];

let account = null;

function base() {
    if (!account)
        throw new Error('init(account) was not called');
    return `${account.url.replace(/\/+$/, '')}/${encodeURIComponent(account.collection)}`;
}

async function request(method, url, body) {
    const headers = {Accept: 'application/json'};
    if (body !== undefined)
        headers['Content-Type'] = 'application/json';
    if (account.token)
        headers.Authorization = `Bearer ${account.token}`;
    const response = await fetch(url, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    const text = await response.text();
    if (!response.ok) {
        const error = new Error(`json-server answered HTTP ${response.status} to ${method} ${url}: ` +
                                text.slice(0, 200).replace(/\s+/g, ' '));
        error.status = response.status;
        throw error;
    }
    return text ? JSON.parse(text) : null;
}

function stamped(value) {
    const field = account.updatedField;
    return value[field] === undefined || value[field] === null ? {...value, [field]: new Date().toISOString()}
                                                               : value;
}

exports.init = async (acc) => {
    if (!acc || typeof acc.url !== 'string' || !/^https?:\/\//.test(acc.url))
        throw new Error(`account.url must be the json-server address (http://host:port), not ${JSON.stringify(
            acc && acc.url)}`);
    account = {
        url: acc.url,
        collection: acc.collection || 'records',
        updatedField: acc.updated_field || 'updatedAt',
        token: acc.token || '',
    };
};

exports.get = async (id) => request('GET', `${base()}/${encodeURIComponent(id)}`);

exports.insert = async (value) => {
    const created = await request('POST', base(), stamped(value));
    return created.id;
};

exports.patch = async (id, value) => {
    await request('PATCH', `${base()}/${encodeURIComponent(id)}`, stamped(value));
};

exports.delete = async (id) => {
    try {
        await request('DELETE', `${base()}/${encodeURIComponent(id)}`);
    } catch (e) {
        if (e.status !== 404) // already gone: what the delete was for
            throw e;
    }
};

exports.getUpdates = async (lastSync) => {
    const field = account.updatedField;
    let url = base();
    // At or after lastSync: a record changed in the same instant as the last one read is read again rather
    // than missed (reading it twice changes nothing).
    if (lastSync !== null && lastSync !== undefined)
        url += `?${encodeURIComponent(field + '_gte')}=${encodeURIComponent(lastSync)}`;
    const records = await request('GET', url);
    if (!Array.isArray(records))
        throw new Error(`GET ${url} did not answer a list of records`);
    let nextSync = lastSync === undefined ? null : lastSync;
    const entries = [];
    for (const record of records) {
        // json-server compares as text; ISO 8601 times in UTC sort the same way.
        if (lastSync && typeof record[field] === 'string' && record[field] < lastSync)
            continue;
        if (typeof record[field] === 'string' && (nextSync === null || record[field] > nextSync))
            nextSync = record[field];
        entries.push({id: record.id, type: 'upsert', value: record});
    }
    return {nextSync, entries};
};
