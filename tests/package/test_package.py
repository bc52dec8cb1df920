"""Installers: builds the .deb and the tar.gz of this build tree with cpack, checks what is inside,
runs lintian (no errors allowed), validates the desktop file and AppStream metadata, then runs the
installed programs — `fleetdeck --version`, `fleetdeck-cli --help`, a CLI flow against the test
Kubernetes API server, and the console to its first paint — from a throwaway root the .deb is
unpacked into, and from the tarball unpacked into a directory of its own.

Environment: FLEETDECK_BINARY_DIR (the build tree), FLEETDECK_SOURCE_DIR. Needs cpack, dpkg-deb,
lintian, desktop-file-validate, appstreamcli and bash-completion (installers/quickstart.sh test
installs them); a missing tool fails the test.
"""

import glob
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))
from kubefixture import KubeServer  # noqa: E402

BINARY_DIR = os.environ["FLEETDECK_BINARY_DIR"]
APP_ID = "io.fleetdeck.Fleetdeck"
PASSPHRASE = "package-test-passphrase"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def require(tool):
    path = shutil.which(tool)
    if not path:
        raise AssertionError(f"{tool} is missing: installers/quickstart.sh test installs it")
    return path


def run(argv, timeout=300, **kw):
    p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kw)
    return p.returncode, p.stdout, p.stderr


class Package(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        for tool in ("cpack", "dpkg-deb", "lintian", "desktop-file-validate", "appstreamcli"):
            require(tool)
        cls.tmp = tempfile.TemporaryDirectory(prefix="fd-package-")
        out = os.path.join(cls.tmp.name, "dist")
        code, stdout, stderr = run(["cpack", "-B", out], cwd=BINARY_DIR, timeout=900)
        if code != 0:
            raise AssertionError(f"cpack failed ({code}):\n{stdout}\n{stderr}")
        debs = glob.glob(os.path.join(out, "fleetdeck_*.deb"))
        tars = glob.glob(os.path.join(out, "fleetdeck-*.tar.gz"))
        if len(debs) != 1 or len(tars) != 1:
            raise AssertionError(f"expected one .deb and one .tar.gz in {os.listdir(out)}")
        cls.deb, cls.tarball = debs[0], tars[0]
        cls.root = os.path.join(cls.tmp.name, "root")
        code, _, stderr = run(["dpkg-deb", "-x", cls.deb, cls.root])
        if code != 0:
            raise AssertionError(f"dpkg-deb -x failed: {stderr}")
        cls.kube = KubeServer()
        cls.kube.start()

    @classmethod
    def tearDownClass(cls):
        cls.kube.stop()
        cls.kube.cleanup()
        cls.tmp.cleanup()

    def env(self, home):
        env = dict(os.environ)
        env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                    "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
                    "FLEETDECK_DATA_DIR": os.path.join(home, "data"),
                    "FLEETDECK_SECRET_BACKEND": "vault", "FLEETDECK_PASSPHRASE": PASSPHRASE,
                    "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
                    "LANGUAGE": ""})
        # Nothing from the build tree: the installed files must be enough.
        for name in ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "FLEETDECK_CLI", "FLEETDECK_GUI"):
            env.pop(name, None)
        return env

    # --- what the .deb contains and declares ----------------------------------------------------
    def test_control_fields(self):
        code, out, err = run(["dpkg-deb", "-f", self.deb])
        self.assertEqual(code, 0, err)
        fields = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line
                      and not line.startswith(" "))
        self.assertEqual(fields["Package"], "fleetdeck")
        self.assertEqual(fields["Section"], "admin")
        depends = fields["Depends"]
        # From dpkg-shlibdeps: the libraries the programs link, with versions.
        for package in ("libqt6core6", "libqt6widgets6", "libqt6charts6", "libcurl4",
                        "libsqlite3-0", "libssl3", "libqt6keychain1", "libyaml-cpp0.7"):
            self.assertIn(package, depends)
        self.assertRegex(depends, r"libqt6core6 \(>= 6\.\d")
        self.assertIn("libqt6svg6", depends)  # the SVG icon engine, loaded as a plugin
        self.assertIn("fonts-noto-cjk", fields.get("Recommends", ""))
        # Every dependency is satisfiable here: each named package is installed.
        for alternative in depends.split(","):
            name = alternative.strip().split(" ")[0]
            code, status, _ = run(["dpkg-query", "-W", "-f=${Status}", name])
            self.assertIn("install ok installed", status, f"{name} from Depends is not installed")

    def test_files(self):
        usr = os.path.join(self.root, "usr")
        expected = [
            "bin/fleetdeck", "bin/fleetdeck-cli",
            f"share/applications/{APP_ID}.desktop",
            f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            "share/man/man1/fleetdeck.1.gz", "share/man/man1/fleetdeck-cli.1.gz",
            "share/bash-completion/completions/fleetdeck-cli",
            "share/doc/fleetdeck/copyright", "share/doc/fleetdeck/changelog.gz",
        ] + [f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES]
        for rel in expected:
            self.assertTrue(os.path.isfile(os.path.join(usr, rel)), f"/usr/{rel} missing")
        for size in ICON_SIZES:
            with open(os.path.join(usr, f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"),
                      "rb") as f:
                head = f.read(24)
            self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n")
            width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
            self.assertEqual((width, height), (size, size))
        # The CLI's man page documents every command, from its own --help.
        with gzip.open(os.path.join(usr, "share/man/man1/fleetdeck-cli.1.gz"), "rt") as f:
            man = f.read()
        for command in ("cluster", "policy", "deploy", "gpu", "metrics", "vcenter", "vault"):
            self.assertIn(f".SS {command}\n", man)

    def test_lintian_has_no_errors(self):
        code, out, err = run(["lintian", "--fail-on", "error", "--no-tag-display-limit",
                              self.deb], timeout=600)
        tags = [line for line in (out + err).splitlines() if line[:2] in ("E:", "W:")]
        print("lintian:", *(tags or ["(no errors or warnings)"]), sep="\n  ")
        self.assertFalse([t for t in tags if t.startswith("E:")], "\n".join(tags))
        self.assertEqual(code, 0, out + err)

    def test_desktop_file_and_metainfo_validate(self):
        usr = os.path.join(self.root, "usr", "share")
        code, out, err = run(["desktop-file-validate",
                              os.path.join(usr, "applications", f"{APP_ID}.desktop")])
        self.assertEqual(code, 0, out + err)
        code, out, err = run(["appstreamcli", "validate", "--no-net",
                              os.path.join(usr, "metainfo", f"{APP_ID}.metainfo.xml")])
        self.assertEqual(code, 0, out + err)

    def test_bash_completion(self):
        completion = os.path.join(self.root, "usr/share/bash-completion/completions/fleetdeck-cli")
        framework = "/usr/share/bash-completion/bash_completion"
        self.assertTrue(os.path.isfile(framework), "bash-completion is missing")

        def complete(words, locale):
            script = (f"source {framework}; source {completion}; "
                      f"COMP_WORDS=(\"$CLI\" {words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); "
                      'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; _fleetdeck_cli; '
                      'echo "${COMPREPLY[*]}"')
            with tempfile.TemporaryDirectory() as home:
                env = self.env(home)
                env.update(locale)
                env["CLI"] = os.path.join(self.root, "usr/bin/fleetdeck-cli")
                code, out, err = run(["bash", "-c", script], env=env)
            self.assertEqual(code, 0, err)
            return set(out.split())

        # The CLI's help follows the locale; the completion reads it in English whatever the
        # user's locale is (a Korean one, with LANGUAGE too, which outranks LC_ALL for Qt).
        english = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""}
        korean = {"LC_ALL": "ko_KR.UTF-8", "LANG": "ko_KR.UTF-8", "LANGUAGE": "ko"}
        with tempfile.TemporaryDirectory() as home:
            env = self.env(home)
            env.update(korean)
            code, out, err = run([os.path.join(self.root, "usr/bin/fleetdeck-cli"), "--help"],
                                 env=env)
        self.assertEqual(code, 0, err)
        self.assertIn("사용법:", out)  # the case this guards: the help itself is Korean
        self.assertNotIn("Commands:", out)
        for locale in (english, korean):
            with self.subTest(locale=locale["LANG"]):
                commands = complete('""', locale)
                self.assertTrue({"cluster", "policy", "deploy", "gpu", "metrics", "vcenter",
                                 "vault"} <= commands, commands)
                self.assertEqual(complete('cluster ""', locale),
                                 {"import", "zone", "list", "test", "remove", "join", "unjoin"})
                self.assertTrue({"--url", "--user", "--password-stdin", "--trust", "--help"}
                                <= complete("vcenter add x --", locale))

    # --- the installed programs run ------------------------------------------------------------
    def check_programs(self, bindir):
        with tempfile.TemporaryDirectory() as home:
            env = self.env(home)
            code, out, err = run([os.path.join(bindir, "fleetdeck"), "--version"], env=env,
                                 cwd=home)
            self.assertEqual(code, 0, err)
            self.assertRegex(out, r"^fleetdeck \d+\.\d+\.\d+\n")
            code, out, err = run([os.path.join(bindir, "fleetdeck-cli"), "--help"], env=env,
                                 cwd=home)
            self.assertEqual(code, 0, err)
            self.assertIn("Commands:", out)

            cli = os.path.join(bindir, "fleetdeck-cli")
            kubeconfig = os.path.join(home, "config")
            self.kube.write_kubeconfig(kubeconfig, virtual_cluster="packaged")
            code, out, err = run([cli, "cluster", "import", kubeconfig], env=env, cwd=home)
            self.assertEqual(code, 0, err)
            self.assertIn("created packaged", out)
            code, out, err = run([cli, "cluster", "test", "packaged", "--json"], env=env,
                                 cwd=home, timeout=120)
            self.assertEqual(code, 0, out + err)
            self.assertTrue(json.loads(out)[0]["ok"])
            code, out, err = run([cli, "cluster", "list", "--json"], env=env, cwd=home)
            self.assertEqual(code, 0, err)
            [cluster] = json.loads(out)
            # Reachable (the test server's seed has a NotReady node), so not Unknown/Unreachable.
            self.assertIn(cluster["health"]["status"], ("Ready", "NotReady"))
            self.assertNotIn(self.kube.token("admin"), out)

            # The console starts and paints its window (offscreen), then exits.
            env["FLEETDECK_BENCH_EXIT_ON_PAINT"] = "1"
            code, out, err = run([os.path.join(bindir, "fleetdeck")], env=env, cwd=home,
                                 timeout=120)
            self.assertEqual(code, 0, err)
            self.assertIn("first-paint-monotonic-ns", out)

    def test_installed_deb_runs(self):
        self.check_programs(os.path.join(self.root, "usr", "bin"))

    def test_tarball_runs_from_any_directory(self):
        where = os.path.join(self.tmp.name, "elsewhere", "some dir")
        os.makedirs(where)
        code, _, err = run(["tar", "-xzf", self.tarball, "-C", where])
        self.assertEqual(code, 0, err)
        [top] = os.listdir(where)
        self.check_programs(os.path.join(where, top, "bin"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
