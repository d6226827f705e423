using SendSite.Benchmarks;
using SendSite.Benchmarks.Bench;
using SendSite.Benchmarks.Corpus;

// Two commands: `corpus` writes a deterministic input folder; `bench` builds corpora and measures.
var arguments = new Arguments(args.Skip(1).ToList());
return args.FirstOrDefault() switch
{
    "corpus" => CorpusCommand.Run(arguments),
    "bench" => BenchCommand.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: send-site-bench corpus --scale tiny|england|10x|100k --output DIR [--seed N]");
    Console.Error.WriteLine("       send-site-bench bench [--scales england,10x,100k] [--runs 5] [--runs-large 1] [--hugo] [--hugo-100k] [--gate] [--gate-scale england]");
    Console.Error.WriteLine("             [--serve] [--serve-command CMD] [--pr-gate] [--pr-gate-command CMD] [--generator DLL] [--out FILE] [--work DIR] [--seed N]");
    return 2;
}
