// A module without init (tst_climodule): module call runs its method directly. A callback-style method.
'use strict';

exports.sum = function (a, b, callback) {
    callback(null, {sum: a + b});
};
