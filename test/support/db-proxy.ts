import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that a test can cut: `down()` drops every open connection and
 * refuses new ones (as a stopped or unreachable database does), `up()` lets them through again on
 * the same port. The other test files keep using the shared server untouched.
 */
export class DbProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** The connection string of `url` routed through this proxy. */
  static async around(url: string): Promise<{ proxy: DbProxy; url: string }> {
    const u = new URL(url);
    const proxy = new DbProxy(u.hostname, Number(u.port || 5432));
    await proxy.up();
    u.hostname = "127.0.0.1";
    u.port = String(proxy.port);
    return { proxy, url: u.toString() };
  }

  /** Listens (again, on the port it had) and forwards each connection to PostgreSQL. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Cuts every connection and stops listening: new connections are refused. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
