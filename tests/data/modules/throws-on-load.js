// A connector module for Ferry's tests that throws when it is loaded (a missing setting at require time).
'use strict';
throw new Error('ACME_REGION is not set');
