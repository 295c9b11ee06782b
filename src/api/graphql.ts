/**
 * graphql-js, from the one entry point every dependency loads. The package ships a CommonJS and an
 * ES build; Apollo Server and graphql-tools load the CommonJS one, and graphql-js refuses schema
 * objects from the other build, so the API names the same file explicitly.
 */
export * from 'graphql/index.js';
