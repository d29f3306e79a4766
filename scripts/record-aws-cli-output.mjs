// Re-records what the real AWS CLI v2 PRINTS for a KMS response: src/simulator/console/fixtures/
// awsCliOutput.json. Each case is a response in the shape the simulator returns it (dates as ISO
// strings, blobs in base64) and the output options of a command line (--output json|text|table|yaml,
// --query, --max-items, --page-size, --starting-token, --no-paginate). Inside a network namespace
// with only loopback (`unshare -n`, as /work/shared/tools/aws-cli-request.mjs runs the CLI: nothing
// can leave the machine), a tiny HTTP server on 127.0.0.1 answers every request with that response
// as KMS sends it (application/x-amz-json-1.1, timestamps as epoch seconds), and Debian's `aws`
// calls it with dummy credentials and `--endpoint-url http://127.0.0.1:PORT`. The fixture records
// its stdout, stderr, exit status and the request bodies it sent. The tests only read the fixture.
// Needs: root (for unshare), `apt-get install -y awscli`, and botocore's current KMS model (the
// shared tool's kms-model/ folder; KMS_MODEL_DIR names another folder holding kms/2014-11-01/).
// Usage: node scripts/record-aws-cli-output.mjs
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { OPS, cases } from './aws-cli-output-cases.mjs';

const AWS = '/usr/bin/aws';
const SCRIPT = new URL(import.meta.url).pathname;
const FIXTURE = new URL('../src/simulator/console/fixtures/awsCliOutput.json', import.meta.url)
  .pathname;
const modelDir = path.resolve(process.env.KMS_MODEL_DIR ?? '/work/shared/tools/kms-model');
const service = JSON.parse(
  fs.readFileSync(path.join(modelDir, 'kms', '2014-11-01', 'service-2.json'), 'utf8'),
);

// --- Recording ------------------------------------------------------------------------------------
const operationOf = (command) =>
  command
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** The body KMS sends: members in the given order, timestamps as epoch seconds. */
function wire(shapeName, value) {
  const shape = service.shapes[shapeName];
  if (value === null || value === undefined) return value;
  if (shape.type === 'timestamp') return Date.parse(value) / 1000;
  if (shape.type === 'list') return value.map((v) => wire(shape.member.shape, v));
  if (shape.type === 'map')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, wire(shape.value.shape, v)]),
    );
  if (shape.type === 'structure')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        // A member the model lacks is sent as it is: botocore drops it, as the CLI then shows.
        const ref = shape.members[k];
        return [k, ref ? wire(ref.shape, v) : v];
      }),
    );
  return value;
}

function argsOf(c) {
  const [words] = OPS[c.response];
  const o = c.options;
  return [
    'kms',
    ...words,
    '--output',
    o.output,
    ...(o.query !== undefined ? ['--query', o.query] : []),
    ...(o.maxItems !== undefined ? ['--max-items', String(o.maxItems)] : []),
    ...(o.pageSize !== undefined ? ['--page-size', String(o.pageSize)] : []),
    ...(o.startingToken !== undefined ? ['--starting-token', o.startingToken] : []),
    ...(o.noPaginate ? ['--no-paginate'] : []),
  ];
}

/** The response body of a case, as KMS would send it. */
function bodyOf(c) {
  const [words, response] = OPS[c.response];
  const output = service.operations[operationOf(words[0])].output?.shape;
  return JSON.stringify(output ? wire(output, response) : {});
}

const INVALID_MARKER =
  'The request was rejected because the marker that specifies where pagination should next begin is not valid.';

/** One case inside the namespace: a server answering with the response, the CLI calling it. */
function runCase(c, env) {
  const operation = operationOf(OPS[c.response][0][0]);
  const body = bodyOf(c);
  const requests = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      const request = text ? JSON.parse(text) : {};
      requests.push({ target: req.headers['x-amz-target'], body: request });
      const headers = {
        'Content-Type': 'application/x-amz-json-1.1',
        'x-amzn-RequestId': 'a1b2c3d4-0000-0000-0000-000000000000',
      };
      // The simulator returns every list in one page and so never issues a marker: one that a
      // starting token carries is not valid (ListKeys API reference, InvalidMarkerException).
      if (request.Marker !== undefined) {
        res.writeHead(400, headers);
        res.end(JSON.stringify({ __type: 'InvalidMarkerException', message: INVALID_MARKER }));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const args = ['--endpoint-url', `http://127.0.0.1:${port}`, ...argsOf(c)];
      execFile(AWS, args, { env, encoding: 'utf8', timeout: 60000 }, (err, stdout, stderr) => {
        server.close();
        resolve({
          ...c,
          operation,
          args: argsOf(c).slice(1),
          requests,
          stdout,
          stderr,
          exit: err ? (err.code ?? 1) : 0,
        });
      });
    });
  });
}

async function inside() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'awscli-output-'));
  fs.writeFileSync(path.join(home, 'config'), '[default]\nregion = us-east-1\n');
  fs.writeFileSync(
    path.join(home, 'credentials'),
    '[default]\naws_access_key_id = AKIAEXAMPLEEXAMPLE00\naws_secret_access_key = dummy\n',
  );
  // The CLI's own retry settings: with AWS_MAX_ATTEMPTS=1 an error line would end in
  // "(reached max retries: 0)", which a default CLI does not print for a non-retryable error.
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_PAGER: '',
    AWS_DATA_PATH: modelDir,
  };
  const results = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await runCase(cases[i], env);
      if (i % 20 === 0) process.stderr.write(`${i}/${cases.length}\n`);
    }
  };
  await Promise.all([worker(), worker()]);
  fs.rmSync(home, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(results));
}

if (process.argv[2] === '--inside') await inside();
else {
  cases.forEach(bodyOf);
  if (!fs.existsSync(AWS)) {
    console.error("needs Debian's AWS CLI: apt-get update && apt-get install -y awscli");
    process.exit(2);
  }
  // Only loopback, brought up: nothing the CLI does can leave the machine.
  const run = spawnSync(
    'unshare',
    ['-n', 'sh', '-c', `ip link set lo up && exec node ${JSON.stringify(SCRIPT)} --inside`],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) process.exit(1);
  const recorded = JSON.parse(run.stdout);
  const version = spawnSync('unshare', ['-n', AWS, '--version'], { encoding: 'utf8' });
  const readme = path.join(modelDir, 'README.md');
  const model = `botocore ${/botocore\s+([\d.]+)/.exec(fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '')?.[1] ?? 'unknown'}`;
  const fixture = {
    note: 'Recorded by scripts/record-aws-cli-output.mjs: what the AWS CLI printed (stdout, stderr, exit status) when a loopback server answered its call with `response` (the simulator shape; sent with timestamps as epoch seconds), and the requests it sent.',
    cli: (version.stdout || version.stderr).trim(),
    model,
    responses: Object.fromEntries(Object.entries(OPS).map(([k, [, r]]) => [k, r])),
    cases: recorded.map(
      ({ response, operation, args, options, requests, stdout, stderr, exit }) => ({
        operation,
        response,
        args,
        options,
        requests,
        stdout,
        stderr,
        exit,
      }),
    ),
  };
  fs.writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 2)}\n`);
  console.log(`${recorded.length} cases recorded (${fixture.cli}; ${model})`);
}
