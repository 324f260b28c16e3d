// The JSON Schemas in schemas/ and `copsite check` must agree. This runs a real
// schema validator (Taplo, the engine behind the "Even Better TOML" editor
// extension) over:
//   - every shipped content file: all valid;
//   - fixtures/valid/*: each accepted by the schema and by copsite check;
//   - fixtures/invalid/*: each rejected by both, copsite check naming the file;
//   - fresh starter files from `copsite new`: rejected by both until filled in.
// Each fixture folder holds one file at its path in the repository; it is
// dropped into its own copy of the shipped repository.
//
// Usage: node validate_with_taplo.mjs --copsite BUILD/copsite --source REPO
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const copsite = arg("--copsite");
const source = arg("--source");
const taplo = path.join(here, "node_modules", ".bin", "taplo");

let passed = 0;
let failed = 0;
function expect(ok, what, detail = "") {
  if (ok) {
    passed++;
    console.log(`ok: ${what}`);
  } else {
    failed++;
    console.log(`FAILED: ${what}${detail ? "\n" + detail : ""}`);
  }
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

// A copy of what copsite check and Taplo read from the repository.
function copyRepository(to) {
  for (const item of ["site.toml", "content", "data", "schemas"])
    fs.cpSync(path.join(source, item), path.join(to, item), { recursive: true });
}

// Runs Taplo once over `files`; returns the set of files it found invalid.
function taploInvalid(files) {
  const r = spawnSync(taplo, ["check", "--no-auto-config", "--colors", "never", ...files], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  const invalid = new Set();
  for (const m of r.stderr.matchAll(/invalid file .*path="([^"]+)"/g)) invalid.add(m[1]);
  return { invalid, output: r.stderr };
}

function check(root) {
  const r = spawnSync(copsite, ["check", "--root", root], { encoding: "utf8" });
  return { code: r.status, output: r.stdout + r.stderr };
}

// Every key of every schema explains itself: editors show it on hover.
function undescribed(schema, where = "") {
  const out = [];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (!sub.description) out.push(where + key);
    out.push(...undescribed(sub, `${where}${key}.`));
    if (sub.items) out.push(...undescribed(sub.items, `${where}${key}[].`));
    if (typeof sub.additionalProperties === "object")
      out.push(...undescribed(sub.additionalProperties, `${where}${key}.*.`));
  }
  return out;
}
const schemaFiles = fs.readdirSync(path.join(source, "schemas")).filter((f) => f.endsWith(".json"));
expect(schemaFiles.length === 7, "schemas/ holds one schema per content kind (7)");
for (const f of schemaFiles) {
  const missing = undescribed(JSON.parse(fs.readFileSync(path.join(source, "schemas", f), "utf8")));
  expect(missing.length === 0, `every key of ${f} has a description`, missing.join(", "));
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "copsite-schema-"));
try {
  // Shipped content: one Taplo run over every file that carries a #:schema line.
  const shipped = ["site.toml", ...listFiles(path.join(source, "content")).map((f) => "content/" + f)]
    .filter((f) => f.endsWith(".toml"))
    .map((f) => path.join(source, f));
  for (const f of shipped) {
    const first = fs.readFileSync(f, "utf8").split("\n")[0];
    expect(first.startsWith("#:schema "), `${path.relative(source, f)} starts with a #:schema line`);
  }
  const shippedRun = taploInvalid(shipped);
  expect(shippedRun.invalid.size === 0 && shipped.length > 40,
         `the schemas accept all ${shipped.length} shipped content files`, shippedRun.output);

  // Fixtures and starter files, each in its own copy of the repository.
  const cases = [];
  for (const expected of ["valid", "invalid"]) {
    const dir = path.join(here, "fixtures", expected);
    for (const name of fs.readdirSync(dir).sort()) {
      const [file] = listFiles(path.join(dir, name));
      const root = path.join(work, name);
      copyRepository(root);
      fs.cpSync(path.join(dir, name, file), path.join(root, file));
      cases.push({ name, root, file, valid: expected === "valid" });
    }
  }
  for (const [kind, id, file] of [
    ["country", "FRA", "content/countries/fra.toml"],
    ["case-study", "school-programme", "content/case-studies/school-programme.toml"],
    ["meeting", "19", "content/meetings/cwg-cop-19.toml"],
  ]) {
    const root = path.join(work, `starter-${kind}`);
    copyRepository(root);
    const r = spawnSync(copsite, ["new", kind, id, "--root", root], { encoding: "utf8" });
    expect(r.status === 0, `copsite new ${kind} ${id} writes a starter file`, r.stderr);
    cases.push({ name: `unfilled starter file from copsite new ${kind}`, root, file, valid: false });
  }

  const run = taploInvalid(cases.map((c) => path.join(c.root, c.file)));
  for (const c of cases) {
    const schemaAccepts = !run.invalid.has(path.join(c.root, c.file));
    const checked = check(c.root);
    const checkAccepts = checked.code === 0;
    const verdict = c.valid ? "accept" : "reject";
    expect(schemaAccepts === c.valid, `the schema and Taplo ${verdict} ${c.name}`, run.output);
    expect(checkAccepts === c.valid, `copsite check ${verdict}s ${c.name}`, checked.output);
    if (!c.valid)
      expect(checked.output.includes(c.file + ":"), `copsite check names ${c.file} for ${c.name}`,
             checked.output);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
