import { readFileSync } from "node:fs";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { toCalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";

// The auditor's calculator: npm run --silent score -- <input.json>   (or - to read standard input)
// Recomputes a round's published numbers from a self-contained JSON file with the app's own engine.
// Exit codes: 0 result printed; 2 input unreadable, not JSON or invalid (message on stderr); 1 internal error.
const INVALID_INPUT = 2;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(INVALID_INPUT);
}

const [source, ...rest] = process.argv.slice(2).filter((arg) => arg !== "--");
if (!source || rest.length > 0) fail("用法 Usage: npm run --silent score -- <input.json | ->");

let text: string;
try {
  text = readFileSync(source === "-" ? 0 : source, "utf8");
} catch (error) {
  fail(`无法读取输入 Cannot read input ${source}: ${(error as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text.replace(/^\uFEFF/, ""));
} catch (error) {
  fail(`输入不是有效的 JSON Input is not valid JSON: ${(error as Error).message}`);
}

try {
  process.stdout.write(`${JSON.stringify(toCalculatorOutput(scoreRound(parseCalculatorInput(json))), null, 2)}\n`);
} catch (error) {
  if (error instanceof ScoringInputError) fail(`输入无效 Invalid input: ${error.message}`);
  throw error;
}
