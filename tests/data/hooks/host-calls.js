// Functions for tst_extensionhost: each answers in one of the ways a hook may.
'use strict';

exports.viaCallback = (options, callback) => {
    console.log('callback got', options.n);
    callback(null, {doubled: options.n * 2});
};

exports.viaPromise = async (options) => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    console.warn('promise got', options.n);
    return {tripled: options.n * 3};
};

// Both: the first answer counts, once.
exports.callbackThenPromise = (options, callback) => {
    callback(null, 'from callback');
    return Promise.resolve('from promise');
};

exports.throws = () => {
    throw new Error('bad record in throws');
};

exports.rejects = async () => {
    throw new TypeError('rejected on purpose');
};

exports.callbackError = (options, callback) => {
    callback(new Error('callback error on purpose'));
};

exports.neverAnswers = () => {};

exports.loops = () => {
    for (;;) {
    }
};

exports.exits = () => {
    process.exit(1);
};

exports.eatsMemory = () => {
    const hog = [];
    for (;;)
        hog.push(new Array(100000).fill(Math.random()));
};

exports.writesStdout = (options, callback) => {
    process.stdout.write('raw stdout text\n');
    process.stderr.write('raw stderr text\n');
    callback(null, 'ok');
};

exports.environment = (options, callback) => {
    callback(null, process.env);
};

let calls = 0;
exports.counter = (options, callback) => {
    calls += 1;
    callback(null, calls);
};

// A connector module's method: arguments of its own, async.
exports.patch = async (id, value) => ({id, patched: Object.keys(value).sort()});
