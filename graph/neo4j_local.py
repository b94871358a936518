"""A local Neo4j Community 5 server for agencygraph, built from Maven Central artifacts.

``start`` resolves ``org.neo4j:neo4j`` (the Community server and its Bolt connector) with Maven into
the local Maven cache on first use, writes a ``neo4j.conf`` that binds Bolt to 127.0.0.1 only (HTTP
off, authentication on, usage reports off), starts ``org.neo4j.server.CommunityEntryPoint`` on
Java 17+ in the background, sets a random password for the ``neo4j`` user over Bolt on first start
(so the password never appears on a command line), and returns once Bolt answers.

Everything lives under one home folder (``--home`` or $AGENCYGRAPH_NEO4J_HOME, default
``~/.local/share/agencygraph/neo4j``)::

    conf/neo4j.conf   data/   logs/neo4j.log, logs/console.log   state.json (pid, port, password; mode 600)

Every home a server was started from is remembered, the last first, in
``$XDG_DATA_HOME/agencygraph/neo4j-homes.json`` (default ``~/.local/share/…``), so ``status`` and ``stop``
without a home find a server started with ``--home``: the default home's server if it runs, else the last
started one still running; with ``port``, the one listening there, remembered or found by its command line
(``--home-dir=``).

Examples
--------
>>> conf = server_conf(Path("/srv/neo"), 7700, "512m")
>>> conf["server.bolt.listen_address"], conf["server.http.enabled"], conf["dbms.security.auth_enabled"]
('127.0.0.1:7700', 'false', 'true')
>>> print(export_lines({"uri": "bolt://127.0.0.1:7687", "user": "neo4j", "password": "a'b"})[-1])
export NEO4J_PASSWORD='a'"'"'b'
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Mapping

from .errors import StoreUnavailable

__all__ = ["NEO4J_VERSION", "DEFAULT_PORT", "HOME_ENV", "default_home", "server_conf", "export_lines", "start",
           "status", "stop", "classpath", "remembered_homes", "find_home"]

NEO4J_VERSION = "5.26.30"  # the 5.26 LTS line, the last that runs on Java 17
DEFAULT_PORT = 7687
HOME_ENV = "AGENCYGRAPH_NEO4J_HOME"
USER = "neo4j"
#: The JVM options Neo4j's own launcher passes (its default server.jvm.additional): without the --add-opens
#: the page cache falls back to a slower mode.
JVM_OPTIONS = ("-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+UnlockExperimentalVMOptions",
               "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
               "-Dio.netty.tryReflectionSetAccessible=true", "-Dfile.encoding=UTF-8",
               "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
               "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
               "--enable-native-access=ALL-UNNAMED")

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>agencygraph</groupId><artifactId>neo4j-local</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{version}</version></dependency>
  </dependencies>
</project>
"""


def default_home(env: Mapping[str, str]) -> Path:
    """$AGENCYGRAPH_NEO4J_HOME, else $XDG_DATA_HOME/agencygraph/neo4j, else ~/.local/share/agencygraph/neo4j."""
    if env.get(HOME_ENV):
        return Path(env[HOME_ENV]).expanduser()
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "agencygraph" / "neo4j"


def _registry(env: Mapping[str, str]) -> Path:
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "agencygraph" / "neo4j-homes.json"


def remembered_homes(env: Mapping[str, str]) -> list[Path]:
    """The homes servers were started from, the last first (only those that still hold a state.json)."""
    try:
        homes = json.loads(_registry(env).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(h) for h in homes if isinstance(h, str) and _state_path(Path(h)).exists()]


def _remember(home: Path, env: Mapping[str, str]) -> None:
    path = _registry(env)
    homes = [str(home.resolve())] + [str(h) for h in remembered_homes(env) if h.resolve() != home.resolve()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(homes[:20], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # remembering is a convenience: a read-only data folder must not stop the server


def _running_homes() -> list[Path]:
    """Homes of the Neo4j servers this tool started that run now, read from their command lines (Linux)."""
    homes = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            args = (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        if "org.neo4j.server.CommunityEntryPoint" in args:
            homes += [Path(a[len("--home-dir="):]) for a in args if a.startswith("--home-dir=")]
    return homes


def find_home(env: Mapping[str, str], port: int | None = None) -> Path | None:
    """The home of a running local server: the default home's, else the last remembered one running; with
    ``port``, only a server listening on that Bolt port, found by its command line too when not remembered."""
    seen = set()
    for home in [default_home(env), *remembered_homes(env), *(_running_homes() if port is not None else ())]:
        if home in seen:
            continue
        seen.add(home)
        state = _read_state(home) or {}
        if _alive(state.get("pid")) and (port is None or state.get("port") == port):
            return home
    return None


def _resolve(home, env: Mapping[str, str], port: int | None) -> Path:
    """``home`` when given (or $AGENCYGRAPH_NEO4J_HOME), else the running server's home, else the default."""
    if home:
        return Path(home)
    if env.get(HOME_ENV) and port is None:
        return default_home(env)
    return find_home(env, port) or default_home(env)


def _cache_dir(env: Mapping[str, str]) -> Path:
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "agencygraph" / f"neo4j-{NEO4J_VERSION}"


def server_conf(home: Path, port: int, heap: str) -> dict[str, str]:
    """The settings written to conf/neo4j.conf: loopback only, no HTTP, authentication on."""
    return {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{port}",
        "server.bolt.advertised_address": f"127.0.0.1:{port}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "server.directories.data": str(home / "data"),
        "server.directories.logs": str(home / "logs"),
        "server.directories.run": str(home / "run"),
        "server.directories.import": str(home / "import"),
        "server.memory.heap.initial_size": heap,
        "server.memory.heap.max_size": heap,
        "server.memory.pagecache.size": "512m",
    }


def export_lines(settings: Mapping[str, str]) -> list[str]:
    """Shell lines that point NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD at a server (for ``eval``)."""
    return [f"export NEO4J_URI={shlex.quote(settings['uri'])}",
            f"export NEO4J_USER={shlex.quote(settings['user'])}",
            f"export NEO4J_PASSWORD={shlex.quote(settings['password'])}"]


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise StoreUnavailable(f"the local Neo4j needs {tool}, which is not on PATH: install {package} "
                               f"(or point NEO4J_URI at a Neo4j 5 server you already run)")
    return path


def _java_major(java: str) -> int:
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    try:
        version = out.split('"')[1]
        return int(version.split(".")[0])
    except (IndexError, ValueError):
        return 0


def classpath(env: Mapping[str, str] | None = None, log=None) -> str:
    """The server's classpath, resolved with Maven once (artifacts land in the Maven cache, ~/.m2)."""
    env = os.environ if env is None else env
    cache = _cache_dir(env)
    out = cache / "classpath.txt"
    if out.exists() and all(Path(p).exists() for p in out.read_text().split(os.pathsep) if p):
        return out.read_text().strip()
    mvn = _need("mvn", "Maven (Debian: apt-get install maven)")
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "pom.xml").write_text(POM.format(version=NEO4J_VERSION), encoding="utf-8")
    if log:
        log(f"fetching Neo4j Community {NEO4J_VERSION} from Maven Central (first start only) …")
    tmp = cache / "classpath.tmp"
    proc = subprocess.run([mvn, "-q", "-B", "-f", str(cache / "pom.xml"), "dependency:build-classpath",
                           f"-Dmdep.outputFile={tmp}"], capture_output=True, text=True)
    if proc.returncode != 0 or not tmp.exists():
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise StoreUnavailable(f"Maven could not fetch org.neo4j:neo4j:{NEO4J_VERSION}:\n{tail}")
    tmp.replace(out)
    return out.read_text().strip()


def _state_path(home: Path) -> Path:
    return home / "state.json"


def _read_state(home: Path) -> dict | None:
    try:
        return json.loads(_state_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_state(home: Path, state: dict) -> None:
    path = _state_path(home)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(state, f)
    tmp.replace(path)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (exited, not yet reaped) is not running
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _bolt_answers(uri: str, auth: tuple[str, str]) -> bool:
    from neo4j import GraphDatabase
    from neo4j.exceptions import Neo4jError, DriverError

    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=3) as driver:
            driver.verify_connectivity()
        return True
    except (Neo4jError, DriverError, OSError):
        return False


def _settings(state: dict) -> dict:
    return {"uri": f"bolt://127.0.0.1:{state['port']}", "user": state["user"], "password": state["password"]}


def _log_tail(home: Path, lines: int = 20) -> str:
    out = []
    for name in ("console.log", "neo4j.log"):
        path = home / "logs" / name
        if path.exists():
            out += path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n".join(out)


def start(home: Path | None = None, port: int = DEFAULT_PORT, heap: str = "1g", timeout: float = 180.0,
          env: Mapping[str, str] | None = None, log=None, settings: Mapping[str, str] | None = None) -> dict:
    """Start (or reuse) the local server; returns {uri, user, password, pid, home, reused}. ``settings`` are
    further neo4j.conf settings (e.g. ``{"db.memory.transaction.max": "64m"}``)."""
    env = os.environ if env is None else env
    home = Path(home) if home else default_home(env)
    state = _read_state(home)
    if state and _alive(state.get("pid")):
        settings = _settings(state)
        if _bolt_answers(settings["uri"], (settings["user"], settings["password"])):
            _remember(home, env)
            return {**settings, "pid": state["pid"], "home": str(home), "reused": True}
        raise StoreUnavailable(f"a Neo4j started from {home} runs (pid {state['pid']}) but Bolt does not answer "
                               f"on port {state['port']}: see {home / 'logs' / 'neo4j.log'}, or "
                               f"'agencygraph neo4j stop --home {home}'")
    java = _need("java", "a Java 17 runtime (Debian: apt-get install openjdk-17-jre-headless)")
    if _java_major(java) < 17:
        raise StoreUnavailable(f"Neo4j {NEO4J_VERSION} needs Java 17 or newer; {java} is older")
    if _port_open(port):
        raise StoreUnavailable(f"port {port} on 127.0.0.1 is already in use: choose another with --port")
    cp = classpath(env, log)
    for sub in ("conf", "data", "logs", "run", "import"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    conf = {**server_conf(home, port, heap), **(settings or {})}
    (home / "conf" / "neo4j.conf").write_text("".join(f"{k}={v}\n" for k, v in conf.items()), encoding="utf-8")
    argfile = home / "run" / "java.args"  # the long classpath in a file keeps `ps` readable
    argfile.write_text(f"-cp\n{cp}\n", encoding="utf-8")
    first = not (home / "data" / "databases" / "system").exists()  # users live in the system database
    if not first and not (state and state.get("password")):
        raise StoreUnavailable(f"{home / 'data'} holds a database whose password is not in {_state_path(home)}: "
                               f"start with another --home, or remove {home / 'data'} to begin afresh")
    password = secrets.token_urlsafe(18) if first else state["password"]
    with open(home / "logs" / "console.log", "ab") as console:
        proc = subprocess.Popen(
            [java, f"-Xms{heap}", f"-Xmx{heap}", *JVM_OPTIONS, f"@{argfile}",
             "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}", f"--config-dir={home / 'conf'}"],
            stdin=subprocess.DEVNULL, stdout=console, stderr=subprocess.STDOUT, start_new_session=True)
    state = {"pid": proc.pid, "port": port, "user": USER, "password": password, "version": NEO4J_VERSION}
    _write_state(home, state)
    _remember(home, env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StoreUnavailable(f"Neo4j exited with status {proc.returncode} while starting; its log:\n"
                                   f"{_log_tail(home)}")
        if _port_open(port):
            break
        time.sleep(0.5)
    else:
        _terminate(proc.pid)
        raise StoreUnavailable(f"Neo4j did not open port {port} within {timeout:.0f} s; its log:\n{_log_tail(home)}")
    if first:
        _set_initial_password(f"bolt://127.0.0.1:{port}", password, deadline)
    settings = _settings(state)
    while not _bolt_answers(settings["uri"], (USER, password)):
        if time.monotonic() > deadline:
            raise StoreUnavailable(f"Neo4j's Bolt port {port} is open but it does not accept the stored password; "
                                   f"see {home / 'logs' / 'neo4j.log'}")
        time.sleep(0.5)
    return {**settings, "pid": proc.pid, "home": str(home), "reused": False}


def _set_initial_password(uri: str, password: str, deadline: float) -> None:
    """Change the default neo4j/neo4j password over Bolt (the server demands it before anything else)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    last = None
    while time.monotonic() < deadline:
        try:
            with GraphDatabase.driver(uri, auth=(USER, "neo4j"), connection_timeout=3) as driver:
                with driver.session(database="system") as session:
                    session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                                old="neo4j", new=password).consume()
            return
        except (DriverError, Neo4jError, OSError) as exc:
            last = exc
            time.sleep(0.5)
    raise StoreUnavailable(f"could not set the initial password of the local Neo4j: {type(last).__name__}")


def status(home: Path | None = None, env: Mapping[str, str] | None = None, port: int | None = None) -> dict:
    """{running, answering, pid, uri, home, version} of the local server in ``home`` (without one, the running
    server :func:`find_home` finds, on ``port`` if given)."""
    env = os.environ if env is None else env
    home = _resolve(home, env, port)
    state = _read_state(home) or {}
    running = _alive(state.get("pid"))
    answering = running and _bolt_answers(_settings(state)["uri"], (state["user"], state["password"]))
    return {"running": running, "answering": answering, "pid": state.get("pid") if running else None,
            "uri": _settings(state)["uri"] if state else None, "home": str(home),
            "version": state.get("version", NEO4J_VERSION)}


def _terminate(pid: int, timeout: float = 60.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.3)
    if _alive(pid):
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def stop(home: Path | None = None, env: Mapping[str, str] | None = None, port: int | None = None) -> Path | None:
    """Stop the local server in ``home`` (without one, the running server :func:`find_home` finds, on
    ``port`` if given); returns the home it stopped, None when none was running."""
    env = os.environ if env is None else env
    home = _resolve(home, env, port)
    state = _read_state(home)
    if not state or not _alive(state.get("pid")) or (port is not None and state.get("port") != port):
        return None
    _terminate(state["pid"])
    return home
