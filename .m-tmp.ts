const N = 100000;
const nums: string[] = [], alpha: string[] = [], prefixed: string[] = [];
for (let i = 0; i < N; i++) { const d = String(13000000000 + Math.floor(Math.random() * 999999999)); nums.push(d); alpha.push("m" + d); prefixed.push(d + "#"); }
const cpu = (label: string, f: () => void, runs = 5) => { f(); const ts: number[] = []; for (let i = 0; i < runs; i++) { const a = process.cpuUsage(); f(); const d = process.cpuUsage(a); ts.push((d.user + d.system) / 1000); } ts.sort((x, y) => x - y); console.log(label, ts[runs >> 1]!.toFixed(0)); };
for (const [label, arr] of [["numeric", nums], ["alpha", alpha], ["suffix", prefixed]] as const) cpu(label, () => { const m = new Map<string, number>(); for (let i = 0; i < arr.length; i++) { if (m.get(arr[i]!) === undefined) m.set(arr[i]!, i); } });
