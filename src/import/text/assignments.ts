/**
 * Assignments and their report-backs: "regiondirektören får i uppdrag att …", "ge X i uppdrag att",
 * "uppdrog till X att", "uppdras åt X att"; the due date from "återredovisas … 2020-12-17" in the same
 * or the next sentence.
 */
import { formatDate, type DateMention } from './dates.js';
import { upperBound } from './sorted.js';
import type { Sentences } from './sentences.js';
import type { AssignmentCitation } from './types.js';

const ANCHOR = /(?<![\p{L}])(i uppdrag|uppdrag|uppdras|uppdrog|uppdrogs)(?![\p{L}])/gu;
/** "får regiondirektören i uppdrag", "ge regiondirektören i", "Regionstyrelsen får i". */
const GIVEN = /(?:^|\s)(?:får|fick|ge|ger|ges|gav|gavs|givit|gett|lämnar|lämnade|lämnas)\s((?:[\p{L}-]+\s?){1,6}?)\s?$/u;
/** "X har fått i uppdrag" / "X får i uppdrag": the receiver before the verb. */
const RECEIVER_FIRST = /(?:^|[,;.]\s|\s(?:att|och|där|som)\s)((?:[\p{L}:-]+\s){0,6}?[\p{L}:-]+)\s(?:har fått|hade fått|får|fick)\s?$/u;
/** "uppdrag till förhandlingsgruppen att", "uppdras åt regiondirektören att". */
const TO_AFTER = /^\s(?:till|åt)\s((?:[\p{L}-]+\s){0,5}?[\p{L}-]+)\s(?:att|om)\s/u;
const TASK = /(?:^|\s)att\s([^\n]{3,300})/u;
const REPORT_BACK = /(?<![\p{L}])(?:återredovis|återrapport|redovisas|rapporteras|återkomma|senast)/giu;
const FUNCTION_WORDS = /^(?:till|och|att|även|också|då|därför|nu|sedan|i|ett|en|det|dem|den)(?:\s|$)/iu;

/** The receiver without leading function words ("till", "då också"); empty when nothing else is left. */
function cleanReceiver(s: string): string {
  let out = s.trim();
  while (out && FUNCTION_WORDS.test(out)) out = out.replace(FUNCTION_WORDS, '').trim();
  return out;
}

function dueDate(scan: string, sentences: Sentences, index: number, dates: DateMention[], dateStarts: number[], year: number | null): string | null {
  const from = sentences.startOf(index);
  const to = sentences.endOf(index + 1);
  const window = scan.slice(from, to);
  for (const k of window.matchAll(REPORT_BACK)) {
    const at = from + k.index;
    const d = dates[upperBound(dateStarts, at)];
    if (d && d.start < at + 120 && d.start < to) return formatDate(d, d.year ?? year);
  }
  return null;
}

export function findAssignments(scan: string, text: string, sentences: Sentences, dates: DateMention[], contextYear: number | null): AssignmentCitation[] {
  const out: AssignmentCitation[] = [];
  const dateStarts = dates.map((d) => d.start);
  for (const m of scan.matchAll(ANCHOR)) {
    const sentence = sentences.around(m.index);
    const anchorEnd = m.index + m[0].length;
    const before = scan.slice(Math.max(sentence.start, m.index - 120), m.index);
    const after = scan.slice(anchorEnd, Math.min(sentence.end, anchorEnd + 400));
    let receiver: string | null = null;
    let start = m.index;
    let taskFrom = 0;
    const toAfter = TO_AFTER.exec(after);
    if (toAfter) {
      receiver = toAfter[1]!;
      taskFrom = toAfter[0].length - 5;
    } else if (m[1] !== 'uppdrog' && m[1] !== 'uppdrogs' && m[1] !== 'uppdras') {
      const given = GIVEN.exec(before);
      const first = given ? null : RECEIVER_FIRST.exec(before);
      const found = given ?? first;
      if (found) {
        receiver = found[1]!;
        start = m.index - before.length + found.index;
      }
    }
    if (!receiver) continue;
    receiver = cleanReceiver(receiver);
    const task = TASK.exec(after.slice(Math.max(0, taskFrom)));
    if (!receiver || !task) continue;
    const taskText = task[1]!.replace(/[\s.,;:]+$/, '').trim();
    const end = anchorEnd + Math.max(0, taskFrom) + task.index + task[0].length;
    out.push({
      type: 'assignment',
      // An office is a common noun: "Regiondirektören får …" is the same receiver as "ge regiondirektören".
      to: /(?:direktör|chef)(?:en)?$/iu.test(receiver) ? receiver.charAt(0).toLowerCase() + receiver.slice(1) : receiver,
      task: taskText.length > 300 ? `${taskText.slice(0, 297)}…` : taskText,
      due: dueDate(scan, sentences, sentence.index, dates, dateStarts, contextYear),
      start,
      end: Math.min(end, sentence.end),
      text: text.slice(start, Math.min(end, sentence.end)),
    });
  }
  return out;
}
