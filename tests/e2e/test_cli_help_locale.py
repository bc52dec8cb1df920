"""fleetdeck-cli's own texts follow the locale: the global help, each command's help and the usage
errors are Korean under a Korean locale and English under C.UTF-8, while command names, option
names and exit codes stay the same in both (scripts and the shell completion depend on them).

Runs the CLI binary from $FLEETDECK_CLI with a temporary --data-dir.
"""
import json
import os
import re
import subprocess
import tempfile
import unittest

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
ENGLISH = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""}
KOREAN = {"LC_ALL": "ko_KR.UTF-8", "LANG": "ko_KR.UTF-8", "LANGUAGE": ""}
HANGUL = re.compile("[\uac00-\ud7a3]")
OPTION = re.compile(r"--[a-z][a-z0-9-]*")


def run(locale, *args):
    env = dict(os.environ)
    env.pop("LC_MESSAGES", None)
    env.update(locale)
    env["FLEETDECK_PASSPHRASE"] = ""
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.run([CLI, "--data-dir", data, *args], capture_output=True, text=True,
                              env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def command_lines(help_text, heading):
    """{name: summary} from the lines after the heading line of the global help."""
    lines = help_text.split("\n")
    start = lines.index(heading) + 1
    commands = {}
    for line in lines[start:]:
        match = re.match(r"^  ([a-z][a-z0-9-]*) +(.+)$", line)
        if match:
            commands[match.group(1)] = match.group(2)
    return commands


class CliHelpLocale(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        code, cls.english_help, err = run(ENGLISH, "--help")
        assert code == 0, err
        code, cls.korean_help, err = run(KOREAN, "--help")
        assert code == 0, err

    def test_global_help(self):
        self.assertTrue(self.english_help.startswith(
            "Usage: fleetdeck-cli [global options] COMMAND [arguments]\n"))
        self.assertIn("\nGlobal options:\n", self.english_help)
        self.assertIsNone(HANGUL.search(self.english_help))

        self.assertTrue(self.korean_help.startswith(
            "사용법: fleetdeck-cli [global options] COMMAND [arguments]\n"), self.korean_help)
        self.assertIn("\n전역 옵션:\n", self.korean_help)
        self.assertNotIn("Commands:", self.korean_help)
        # The option names are the same in both languages.
        self.assertEqual(sorted(set(OPTION.findall(self.korean_help))),
                         sorted(set(OPTION.findall(self.english_help))))

    def test_every_summary_is_translated(self):
        english = command_lines(self.english_help, "Commands:")
        korean = command_lines(self.korean_help, "명령:")
        self.assertGreaterEqual(len(english), 10, self.english_help)
        self.assertEqual(sorted(korean), sorted(english))
        for name, summary in korean.items():
            with self.subTest(command=name):
                self.assertNotEqual(summary, english[name])
                self.assertRegex(summary, HANGUL)

    def test_every_command_help_is_translated(self):
        for name in command_lines(self.english_help, "Commands:"):
            with self.subTest(command=name):
                code, english, err = run(ENGLISH, name, "--help")
                self.assertEqual(code, 0, err)
                code, korean, err = run(KOREAN, name, "--help")
                self.assertEqual(code, 0, err)
                self.assertTrue(english.startswith(f"Usage: fleetdeck-cli {name} "), english)
                self.assertIsNone(HANGUL.search(english))
                self.assertTrue(korean.startswith(f"사용법: fleetdeck-cli {name} "), korean)
                self.assertNotIn("Usage:", korean)
                # Every prose line is translated: a line without Hangul is command syntax (a
                # usage line, its continuation, an option list or a JSON shape).
                syntax = re.compile(r"^(fleetdeck-cli |%s |\[|--|\{|host-path\|)" % name)
                for line in korean.splitlines():
                    if line.strip() and HANGUL.search(line) is None:
                        self.assertRegex(line.strip(), syntax,
                                         f"untranslated line in {name} --help: {line!r}")
                # The contract: the same option names and sub-command lines.
                self.assertEqual(sorted(set(OPTION.findall(korean))),
                                 sorted(set(OPTION.findall(english))))

    def test_cluster_help(self):
        code, english, err = run(ENGLISH, "cluster", "--help")
        self.assertEqual(code, 0, err)
        self.assertIn("      Registered clusters with their last health check.\n", english)
        code, korean, err = run(KOREAN, "cluster", "--help")
        self.assertEqual(code, 0, err)
        self.assertIn("  cluster list [--json]\n      등록된 클러스터와 마지막 상태 점검 결과.\n",
                      korean)
        for sub in ("import", "zone", "list", "test", "remove", "join", "unjoin"):
            self.assertIn(f"\n  cluster {sub} ", korean)

    def test_usage_error(self):
        code, out, err = run(ENGLISH, "vcenter", "add")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith(
            "fleetdeck-cli: vcenter add needs NAME, --url and --user\n\n"
            "Usage: fleetdeck-cli vcenter add NAME --url URL --user U"), err)

        code, out, err = run(KOREAN, "vcenter", "add")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith(
            "fleetdeck-cli: vcenter add에는 NAME, --url, --user가 필요합니다\n\n"
            "사용법: fleetdeck-cli vcenter add NAME --url URL --user U"), err)

        # Unknown options and commands: the same exit code, the name quoted as given.
        for args, english_line, korean_line in (
                (["--bogus"], "fleetdeck-cli: unknown option --bogus",
                 "fleetdeck-cli: 알 수 없는 옵션 --bogus"),
                (["frobnicate"], "fleetdeck-cli: unknown command frobnicate",
                 "fleetdeck-cli: 알 수 없는 명령 frobnicate"),
                (["cluster", "import"], "fleetdeck-cli cluster: import needs a kubeconfig FILE",
                 "fleetdeck-cli cluster: import에는 kubeconfig FILE이 필요합니다")):
            with self.subTest(args=args):
                code, _, err = run(ENGLISH, *args)
                self.assertEqual(code, 2)
                self.assertEqual(err.split("\n")[0], english_line)
                code, _, err = run(KOREAN, *args)
                self.assertEqual(code, 2)
                self.assertEqual(err.split("\n")[0], korean_line)

    def test_results_follow_the_locale_and_json_does_not(self):
        with tempfile.TemporaryDirectory() as data:
            def store(locale, *extra):
                env = dict(os.environ)
                env.update(locale)
                proc = subprocess.run([CLI, "--data-dir", data, "store", "info", *extra],
                                      capture_output=True, text=True, env=env, timeout=60)
                self.assertEqual(proc.returncode, 0, proc.stderr)
                return proc.stdout

            english, korean = store(ENGLISH), store(KOREAN)
            self.assertRegex(english, r"^Database: +\S+\nSchema version: \d+\nSize: +\d+ bytes\n$")
            self.assertRegex(korean, r"^데이터베이스: +\S+\n스키마 버전: +\d+\n크기: +\d+바이트\n$")
            # JSON is for scripts: the same keys and values in every language.
            korean_json = json.loads(store(KOREAN, "--json"))
            english_json = json.loads(store(ENGLISH, "--json"))
            self.assertEqual(sorted(korean_json), sorted(english_json))
            for key in ("path", "dataDir", "schemaVersion", "latestSchemaVersion"):
                self.assertEqual(korean_json[key], english_json[key])

    def test_language_variable_outranks_a_c_utf8_locale(self):
        # GNU LANGUAGE is honoured (as gettext programs do); the completion and the reference
        # generator therefore clear it, not only LC_ALL.
        code, out, err = run({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": "ko"}, "--help")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("사용법:"), out)


if __name__ == "__main__":
    unittest.main()
