// Runs the shell steps of the publishing workflows here, in their order, so a step that breaks
// fails in .ci/run and not on the first push:
//
//   node tools/ci/workflow-steps.mjs github   the `run:` steps of .github/workflows/docs.yml,
//                                             job `check` then job `build`
//   node tools/ci/workflow-steps.mjs gitlab   the `script:` lines of .gitlab-ci.yml, job `check`
//                                             then job `pages`
//
// Each step gets its step's (or job's) environment, with the values only CI knows filled in:
// the Pages URL is https://example.com/docs/ (a sub-path, the harder case). Steps that are
// actions (`uses:`) are listed but not run; an expression this script does not know fails it.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PAGES_URL = "https://example.com/docs";
const EXPRESSIONS = { "steps.pages.outputs.base_url": PAGES_URL };
const GITLAB_VARIABLES = { CI_PAGES_URL: PAGES_URL, CI_PROJECT_DIR: root };

function expand(value) {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    if (!(expr in EXPRESSIONS)) throw new Error(`no local value for the expression \${{ ${expr} }}`);
    return EXPRESSIONS[expr];
  });
}

function githubSteps() {
  const workflow = parse(readFileSync(join(root, ".github/workflows/docs.yml"), "utf8"));
  const steps = [];
  for (const job of ["check", "build"]) {
    for (const step of workflow.jobs[job].steps) {
      if (step.uses) { steps.push({ job, skip: step.uses }); continue; }
      const env = {};
      for (const [k, v] of Object.entries(step.env || {})) env[k] = expand(v);
      steps.push({ job, name: step.name || step.run, run: step.run, env });
    }
  }
  return steps;
}

function gitlabSteps() {
  const pipeline = parse(readFileSync(join(root, ".gitlab-ci.yml"), "utf8"));
  const steps = [];
  for (const job of ["check", "pages"]) {
    // Maven's own options are left to the machine; the job's other variables are kept.
    const env = { ...GITLAB_VARIABLES };
    for (const [k, v] of Object.entries(pipeline.variables || {})) if (k !== "MAVEN_OPTS") env[k] = String(v);
    for (const [k, v] of Object.entries(pipeline[job].variables || {})) env[k] = String(v);
    for (const line of pipeline[job].script) steps.push({ job, name: line, run: line, env });
  }
  return steps;
}

const which = process.argv[2];
const steps = which === "github" ? githubSteps() : which === "gitlab" ? gitlabSteps() : null;
if (!steps) {
  console.error("usage: node tools/ci/workflow-steps.mjs github|gitlab");
  process.exit(2);
}
const verbose = process.env.CI_VERBOSE === "1";
for (const step of steps) {
  if (step.skip) { if (verbose) console.log(`[${which} ${step.job}] (action ${step.skip})`); continue; }
  if (verbose) console.log(`[${which} ${step.job}] ${step.name}`);
  const result = spawnSync("bash", ["-eo", "pipefail", "-c", step.run], {
    cwd: root,
    env: { ...process.env, ...step.env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout || "");
    process.stderr.write(result.stderr || "");
    console.error(`${which} workflow, job ${step.job}: step "${step.name}" failed (exit ${result.status})`);
    process.exit(1);
  }
}
