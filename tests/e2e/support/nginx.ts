/**
 * Runs Debian's nginx as the current user with the server block from deploy/, serving a built
 * site on 127.0.0.1: a temporary prefix holds the main config, pid file, logs and temp folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { nginxRedirects } from '../../../deploy/nginx-redirects.mjs';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  origin: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

/** deploy/nginx.conf with its public `listen` and `root` swapped for a local port and `dir`. */
function localServerBlock(port: number, dir: string): string {
  const block = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const local = block
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \S+;$/m, `$1root ${dir};`);
  if (!local.includes(`listen 127.0.0.1:${port};`) || !local.includes(`root ${dir};`)) {
    throw new Error('deploy/nginx.conf: expected "listen 80;" and a "root …;" line to replace');
  }
  return local;
}

/** Starts nginx for the built site in `dir` and waits until it answers. */
export async function startNginx(dir: string): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'semuligheter-nginx-'));
  const port = await freePort();
  mkdirSync(join(prefix, 'semuligheter'));
  copyFileSync(join(ROOT, 'deploy/security-headers.conf'), join(prefix, 'semuligheter/security-headers.conf'));
  writeFileSync(join(prefix, 'semuligheter/redirects.conf'), nginxRedirects(readFileSync(join(dir, '_redirects'), 'utf8')));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${prefix}/${name};`);
  // As root, nginx would hand the work to "nobody", who cannot read the temporary prefix.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${user}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp.join('\n  ')}
${localServerBlock(port, dir)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${origin}/`).then(() => true, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
