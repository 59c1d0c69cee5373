import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { factsOf, lightAsOf, lightFromFacts, milestoneLight, worstLight, emptyCounts, addCount, type MilestoneStatus } from "./lights";

const m = (due: string, acceptedOn: string | null = null, isFinal = false): MilestoneStatus => ({ due, acceptedOn, isFinal });

describe("lightAsOf", () => {
  const quarters = [m("2018-03-31"), m("2018-06-30"), m("2018-09-30", null, true)];
  it("is grey before the first milestone's warning window, yellow inside it, red the day after", () => {
    expect(lightAsOf(quarters, "2018-03-15", 15)).toBe("grey");
    expect(lightAsOf(quarters, "2018-03-16", 15)).toBe("yellow");
    expect(lightAsOf(quarters, "2018-03-31", 15)).toBe("yellow");
    expect(lightAsOf(quarters, "2018-04-01", 15)).toBe("red");
  });
  it("turns green once the report is accepted, as of the acceptance day (not before)", () => {
    const accepted = [m("2018-03-31", "2018-04-10"), m("2018-06-30"), m("2018-09-30", null, true)];
    expect(lightAsOf(accepted, "2018-04-09", 15)).toBe("red");
    expect(lightAsOf(accepted, "2018-04-10", 15)).toBe("green");
    expect(lightAsOf(accepted, "2018-06-15", 15)).toBe("yellow");
  });
  it("is done from the day the final report is accepted, whatever came before", () => {
    const done = [m("2018-03-31"), m("2018-09-30", "2018-09-20", true)];
    expect(lightAsOf(done, "2018-09-19", 15)).toBe("red");
    expect(lightAsOf(done, "2018-09-20", 15)).toBe("done");
  });
  it("uses the plan's warning window and is grey without milestones", () => {
    expect(lightAsOf([m("2018-03-31")], "2018-03-01", 30)).toBe("yellow");
    expect(lightAsOf([m("2018-03-31")], "2018-03-01", 15)).toBe("grey");
    expect(lightAsOf([], "2018-03-01", 15)).toBe("grey");
  });
  it("colours a timeline milestone and a plan's worst light", () => {
    expect(milestoneLight(m("2018-03-31", "2018-03-30"), "2018-04-02", 15)).toBe("done");
    expect(milestoneLight(m("2018-03-31"), "2018-04-02", 15)).toBe("red");
    expect(milestoneLight(m("2018-04-10"), "2018-04-02", 15)).toBe("yellow");
    expect(milestoneLight(m("2018-05-10"), "2018-04-02", 15)).toBe("grey");
    const counts = emptyCounts();
    addCount(counts, "green");
    addCount(counts, "done");
    expect(worstLight(counts)).toBe("green");
    addCount(counts, "red");
    expect(worstLight(counts)).toBe("red");
  });
});

describe("light facts", () => {
  it("equal lightAsOf on every day for 300 random milestone sets", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 300; trial++) {
      const warningDays = [0, 7, 15, 30][Math.floor(random() * 4)];
      const n = Math.floor(random() * 5);
      const list: MilestoneStatus[] = [];
      for (let i = 0; i < n; i++) {
        const due = addDays("2018-01-01", Math.floor(random() * 200));
        const acceptedOn = random() < 0.6 ? addDays(due, Math.floor(random() * 60) - 30) : null;
        list.push(m(due, acceptedOn, i === n - 1 && random() < 0.7));
      }
      const facts = factsOf(list, warningDays);
      for (let day = 0; day < 280; day += 1) {
        const asOf = addDays("2017-11-15", day);
        expect(lightFromFacts(facts, asOf), `${JSON.stringify(list)} w=${warningDays} ${asOf}`).toBe(lightAsOf(list, asOf, warningDays));
      }
    }
  });
});
