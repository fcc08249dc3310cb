// Ferry's extension host: runs user JavaScript (hooks, modules) in a Node.js process of its own, never in
// Ferry's. Ferry starts it as `node extension-host.js` and talks to it in JSON lines over stdio:
//
//   request  (stdin):  {"id": 7, "file": "/abs/hooks.js", "function": "preMap", "tag": "preMap", "options": {...}}
//                      or, for module methods with arguments of their own ("args" instead of "options"):
//                      {"id": 8, "file": "/abs/module.js", "function": "patch", "tag": "patch", "args": [12, {...}]}
//                      or, to read a module's exported values (not functions) without calling anything:
//                      {"id": 9, "file": "/abs/module.js", "function": "", "tag": "describe", "describe": ["accountFields"]}
//                      answered with {"id": 9, "result": {"accountFields": [...]}} (a name the module does not
//                      export, or exports as a function, is left out)
//   answer   (stdout): {"id": 7, "result": ...}   or   {"id": 7, "error": {"message": "...", "stack": "..."}}
//   log line (stdout): {"log": {"level": "info"|"warning"|"error", "tag": "preMap", "message": "..."}}
//   ready    (stdout): {"ready": true, "node": "v20.…"}  once, at start
//
// One call at a time. The function is called as fn(options, callback) (or fn(...args, callback)); the first of
// callback(error, result)
// or the settling of a returned Promise answers, once. Whatever user code prints (console.*,
// process.stdout/stderr.write) becomes log lines tagged with the call, so it never mixes with the protocol.
'use strict';

const path = require('path');
const util = require('util');

const protocolWrite = process.stdout.write.bind(process.stdout);
function send(message) {
    protocolWrite(JSON.stringify(message) + '\n');
}

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

// An error thrown later by the call's own code (a timer, an unhandled rejection) fails that call.
process.on('uncaughtException', (e) => {
    if (current)
        answer(current, {error: errorOf(e)});
    else
        log('error', ['uncaught exception outside a call: ' + (e && e.stack ? e.stack : String(e))]);
});
process.on('unhandledRejection', (e) => {
    if (current)
        answer(current, {error: errorOf(e)});
    else
        log('error', ['unhandled rejection outside a call: ' + (e && e.stack ? e.stack : String(e))]);
});

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
    const call = {id: request.id, done: false};
    current = call;
    currentTag = request.tag || request.function || '';
    if (Array.isArray(request.describe)) {
        describe(call, request);
        return;
    }
    let fn;
    try {
        const mod = require(path.resolve(request.file));
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
    const callback = (error, result) => {
        if (error !== undefined && error !== null)
            answer(call, {error: errorOf(error)});
        else
            answer(call, {result: result === undefined ? null : result});
    };
    try {
        const returned = Array.isArray(request.args) ? fn(...request.args, callback)
                                                     : fn(request.options || {}, callback);
        if (returned && typeof returned.then === 'function') {
            returned.then((result) => answer(call, {result: result === undefined ? null : result}),
                          (error) => answer(call, {error: errorOf(error === undefined ? 'rejected' : error)}));
        }
    } catch (e) {
        answer(call, {error: errorOf(e)});
    }
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
