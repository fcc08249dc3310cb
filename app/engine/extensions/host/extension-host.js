// Ferry's extension host: runs user JavaScript (hooks, modules) in a Node.js process of its own, never in
// Ferry's. Ferry starts it as `node -e <this script>` and talks to it over stdio: requests are JSON lines on
// stdin; on stdout every message of the protocol is a JSON text sequence record (RFC 7464): the byte 0x1E, the
// JSON, a line feed, so that output that went around the capture below (a native module or a child process
// writing to fd 1, with or without a line end) is never taken for a message, nor glued to one.
//
//   request  (stdin):  {"id": 7, "file": "/abs/hooks.js", "function": "preMap", "tag": "preMap", "options": {...},
//                       "aliases": {"data": "preMapData"}, "track": "data"}
//                      or, for module methods with arguments of their own ("args" instead of "options"):
//                      {"id": 8, "file": "/abs/module.js", "function": "patch", "tag": "patch", "args": [12, {...}]}
//                      or, to read a module's exported values (not functions) without calling anything:
//                      {"id": 9, "file": "/abs/module.js", "function": "", "tag": "describe", "describe": ["accountFields"]}
//                      answered with {"id": 9, "result": {"accountFields": [...]}} (a name the module does not
//                      export, or exports as a function, is left out)
//   answer   (stdout): {"id": 7, "result": ..., "origins": [...]}
//                      or {"id": 7, "error": {"message": "...", "stack": "...", "code": "..."}}
//   log line (stdout): {"log": {"level": "info"|"warning"|"error", "tag": "preMap", "message": "..."}}
//   ready    (stdout): {"ready": true, "node": "v20.…"}  once, at start
//
// aliases: more names for options (integrator.io's preMap reads options.data): the same array, not a copy.
// track: the name of an options array of records (preSavePage's data); the answer then says, for each record of
// result.data, the index in that array of the very object it is (a record the hook kept, changed in place or
// reordered), or -1 for an object the hook made; Ferry pairs records so, not by position.
//
// One call at a time. The function is called as fn(options, callback) (or fn(...args, callback)). A function
// that declares the callback (more parameters than it is given) answers with callback(error, result) or with
// the Promise it returns, whichever comes first; one that does not (integrator.io's script hooks:
// function preMap(options) { return ... }) answers with what it returns (or the Promise's value) unless that is
// undefined; one that declares the callback yet returns an array or a plain object answers with that. Errors:
// code 'load-failed' when the file cannot be loaded, 'missing-function' when it lacks the function. An
// exception thrown later by a call's own timers or promises fails that call if it has not answered yet, else
// is logged with its tag. Whatever user code prints (console.*, process.stdout/stderr.write) becomes log
// lines tagged with the call.
'use strict';

const path = require('path');
const util = require('util');
const {AsyncLocalStorage} = require('async_hooks');

const protocolWrite = process.stdout.write.bind(process.stdout);
function send(message) {
    protocolWrite('\x1e' + JSON.stringify(message) + '\n');
}
const callContext = new AsyncLocalStorage(); // the call whose code is running: late errors find their call

let currentTag = '';
let current = null; // {id, done}

function log(level, args) {
    send({log: {level, tag: currentTag, message: util.format(...args)}});
}

console.log = (...a) => log('info', a);
console.info = (...a) => log('info', a);
console.debug = (...a) => log('debug', a);
console.warn = (...a) => log('warning', a);
console.error = (...a) => log('error', a);
console.trace = (...a) => log('debug', [new Error(util.format(...a)).stack]);
function streamToLog(level) {
    return (chunk, encoding, callback) => {
        const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
        const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
        if (trimmed.length)
            send({log: {level, tag: currentTag, message: trimmed}});
        if (typeof encoding === 'function')
            encoding();
        else if (typeof callback === 'function')
            callback();
        return true;
    };
}
process.stdout.write = streamToLog('info');
process.stderr.write = streamToLog('warning');

function errorOf(e) {
    if (e instanceof Error)
        return {message: e.message || String(e), stack: e.stack || ''};
    if (e && typeof e === 'object' && typeof e.message === 'string')
        return {message: e.message, stack: typeof e.stack === 'string' ? e.stack : '', code: e.code};
    let text;
    try {
        text = typeof e === 'string' ? e : JSON.stringify(e);
    } catch (_) {
        text = String(e);
    }
    return {message: text === undefined ? String(e) : text, stack: ''};
}

function answer(call, message) {
    if (call.done)
        return;
    call.done = true;
    if (current === call)
        current = null;
    try {
        send(Object.assign({id: call.id}, message));
    } catch (e) {
        // A result JSON cannot hold (a cycle, a BigInt).
        send({id: call.id, error: {message: 'the result cannot be sent as JSON: ' + e.message, stack: ''}});
    }
}

// An error thrown later by a call's own code (a timer, an unhandled rejection) fails that call while it has not
// answered; after that it is logged with the call's tag, never blamed on the call running then.
function lateError(e, what) {
    const call = callContext.getStore() || current;
    if (call && !call.done) {
        answer(call, {error: errorOf(e)});
        return;
    }
    const where = call ? `${call.tag}${call.page !== undefined ? ` (page ${call.page + 1})` : ''}: ` : '';
    const saved = currentTag;
    currentTag = call ? call.tag : '';
    log('error', [`${where}${what} after it answered: ` + (e && e.stack ? e.stack : String(e))]);
    currentTag = saved;
}
process.on('uncaughtException', (e) => lateError(e, 'an uncaught exception'));
process.on('unhandledRejection', (e) => lateError(e, 'an unhandled rejection'));

// A describe request: the module's exported values of those names (its accountFields for the job editor).
function describe(call, request) {
    try {
        const mod = require(path.resolve(request.file));
        const result = {};
        for (const name of request.describe) {
            let value = mod ? mod[name] : undefined;
            if (value === undefined && mod && mod.default)
                value = mod.default[name];
            if (value !== undefined && typeof value !== 'function')
                result[name] = value;
        }
        answer(call, {result});
    } catch (e) {
        answer(call, {error: errorOf(e)});
    }
}

function handle(request) {
    const options = request.options || {};
    const call = {id: request.id, done: false, tag: request.tag || request.function || '', page: options.pageIndex};
    current = call;
    currentTag = call.tag;
    if (Array.isArray(request.describe)) {
        describe(call, request);
        return;
    }
    let fn;
    try {
        let mod;
        try {
            mod = require(path.resolve(request.file));
        } catch (e) {
            answer(call, {error: Object.assign(errorOf(e), {code: 'load-failed'})});
            return;
        }
        fn = mod && mod[request.function];
        if (typeof fn !== 'function' && mod && mod.default)
            fn = mod.default[request.function];
        if (typeof fn !== 'function') {
            const names = mod ? Object.keys(mod).filter((k) => typeof mod[k] === 'function') : [];
            answer(call, {
                error: {
                    message: `${request.file} exports no function '${request.function}' (it exports: ` +
                        `${names.length ? names.join(', ') : 'none'})`,
                    stack: '',
                    code: 'missing-function'
                }
            });
            return;
        }
    } catch (e) {
        answer(call, {error: errorOf(e)});
        return;
    }
    for (const [alias, name] of Object.entries(request.aliases || {}))
        if (options[alias] === undefined)
            options[alias] = options[name];
    // The records of the tracked array, by identity: which of them come back.
    const tracked = typeof request.track === 'string' && Array.isArray(options[request.track]) ? new Map() : null;
    if (tracked)
        options[request.track].forEach((record, i) => {
            if (record && typeof record === 'object' && !tracked.has(record))
                tracked.set(record, i);
        });
    const settle = (result) => {
        const message = {result: result === undefined ? null : result};
        if (tracked && result && Array.isArray(result.data))
            message.origins = result.data.map((r) => (tracked.has(r) ? tracked.get(r) : -1));
        answer(call, message);
    };
    const callback = (error, result) => {
        if (error !== undefined && error !== null)
            answer(call, {error: errorOf(error)});
        else
            settle(result);
    };
    const args = Array.isArray(request.args) ? request.args : [options];
    // A function that declares no callback parameter answers with what it returns (undefined: it may still call
    // the callback through `arguments`, so that is waited for); one that declares it answers with what it returns
    // only when that is plainly an answer (an array or a plain object: not a timer's handle or the like).
    const takesCallback = fn.length > args.length;
    const plainAnswer = (v) =>
        Array.isArray(v) || (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype);
    callContext.run(call, () => {
        try {
            const returned = fn(...args, callback);
            if (returned && typeof returned.then === 'function') {
                returned.then((result) => settle(result),
                              (error) => answer(call, {error: errorOf(error === undefined ? 'rejected' : error)}));
            } else if (takesCallback ? plainAnswer(returned) : returned !== undefined) {
                settle(returned);
            }
        } catch (e) {
            answer(call, {error: errorOf(e)});
        }
    });
}

let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line.trim())
            continue;
        let request;
        try {
            request = JSON.parse(line);
        } catch (e) {
            send({id: null, error: {message: 'the request is not JSON: ' + e.message, stack: ''}});
            continue;
        }
        handle(request);
    }
});
process.stdin.on('end', () => process.exit(0));

send({ready: true, node: process.version});
