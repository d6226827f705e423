using SendSite.Engine;
using SendSite.Site.Session;

namespace SendSite.Tests.Engine;

public sealed class PipelineRunnerTests
{
    private sealed class Fake(string name, string[] dependencies, Func<PipelineOutputs, IReadOnlyList<Document>> make) : IPipeline<BuildContext>
    {
        public string Name => name;

        public IReadOnlyList<string> Dependencies => dependencies;

        public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs inputs) => make(inputs);
    }

    [Fact]
    public void A_pipeline_sees_the_documents_of_the_pipelines_it_depends_on()
    {
        var first = new Fake("First", [], _ => [Document.FromText("a.txt", "a")]);
        var second = new Fake("Second", ["First"], inputs => [Document.FromText("b.txt", inputs.Of("First")[0].Text + "b")]);

        var documents = new PipelineRunner<BuildContext>([second, first]).Run(null!);

        Assert.Equal(["a.txt", "b.txt"], documents.Select(d => d.Destination));
        Assert.Equal("ab", documents[1].Text);
    }

    [Fact]
    public void A_cycle_is_refused_before_anything_runs()
    {
        var ran = false;
        var a = new Fake("A", ["B"], _ => { ran = true; return []; });
        var b = new Fake("B", ["A"], _ => { ran = true; return []; });

        var error = Assert.Throws<InvalidOperationException>(() => new PipelineRunner<BuildContext>([a, b]).Run(null!));

        Assert.Contains("cycle", error.Message);
        Assert.False(ran);
    }

    [Fact]
    public void A_missing_dependency_is_named()
    {
        var a = new Fake("A", ["Nope"], _ => []);

        var error = Assert.Throws<InvalidOperationException>(() => new PipelineRunner<BuildContext>([a]).Run(null!));

        Assert.Contains("'Nope'", error.Message);
    }

    [Fact]
    public void Output_is_in_a_stable_order_whatever_order_pipelines_finish_in()
    {
        var slow = new Fake("Slow", [], _ => { Thread.Sleep(50); return [Document.FromText("a.txt", "")]; });
        var fast = new Fake("Fast", [], _ => [Document.FromText("z.txt", ""), Document.FromText("m.txt", "")]);

        var documents = new PipelineRunner<BuildContext>([fast, slow]).Run(null!);

        Assert.Equal(["a.txt", "m.txt", "z.txt"], documents.Select(d => d.Destination));
    }

    [Fact]
    public void Deferred_documents_are_not_made_by_the_run_but_their_destinations_are_seen_at_once()
    {
        var made = 0;
        var pages = new Fake("Pages", [], _ => [Document.Deferred("p/index.html", () => { Interlocked.Increment(ref made); return "page"; })]);
        var list = new Fake("List", ["Pages"], inputs => [Document.FromText("list.txt", string.Join(",", inputs.Of("Pages").Select(d => d.Destination)))]);

        var documents = new PipelineRunner<BuildContext>([list, pages]).Run(null!);

        Assert.Equal(0, made);
        Assert.Equal("p/index.html", documents.Single(d => d.Destination == "list.txt").Text);
        Assert.Equal("page", documents.Single(d => d.Destination == "p/index.html").TextNow());
        Assert.Equal(1, made);
    }

    [Fact]
    public void Two_documents_at_one_destination_are_refused()
    {
        var a = new Fake("A", [], _ => [Document.FromText("same.html", "a")]);
        var b = new Fake("B", [], _ => [Document.FromText("same.html", "b")]);

        var error = Assert.Throws<InvalidOperationException>(() => new PipelineRunner<BuildContext>([a, b]).Run(null!));

        Assert.Contains("same.html", error.Message);
    }
}
