using SendSite.Benchmarks;
using SendSite.Benchmarks.Corpus;

// Two commands: `corpus` writes a deterministic input folder; `bench` builds corpora and measures.
var arguments = new Arguments(args.Skip(1).ToList());
return args.FirstOrDefault() switch
{
    "corpus" => CorpusCommand.Run(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: send-site-bench corpus --scale tiny|england|10x|100k --output DIR [--seed N]");
    return 2;
}
