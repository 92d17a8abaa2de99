// A second OfficeBench for a journey that needs other settings than the shared one (e-mail through a
// test SMTP server): started by server.mjs with the settings given as JSON in argv[2]; prints one line
// `{"url": ...}` once running, and stops (database and data folder too) on SIGTERM or when stdin closes.
import { startServer, stopServer } from './server.mjs';

const server = await startServer(JSON.parse(process.argv[2] ?? '{}'));
console.log(JSON.stringify({ url: server.url }));
let stopping = null;
const stop = () => (stopping ??= stopServer(server).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
