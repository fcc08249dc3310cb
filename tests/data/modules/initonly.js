// A connector module for Ferry's tests that lacks getUpdates (and the writes): a job using it must say so.
'use strict';
exports.init = async () => {};
