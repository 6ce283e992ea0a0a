using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>Headquarters edits the feedback tree through its pages (real host, real SQLite).</summary>
public sealed class FeedbackTreeConfigTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Tree = "/Stores/Config/Feedback";

    [Fact]
    public async Task Given_a_new_category_When_options_are_saved_with_a_duplicate_code_Then_it_is_refused_and_nothing_changes()
    {
        using var director = await app.SignInAsync("director", "en");
        var id = await AddCategoryAsync(director, "dup-test", "价格异议");
        var saved = await SaveAsync(director, id, version: 0, ("a", "高于竞品A", true), ("b", "高于竞品B", true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var duplicate = await SaveAsync(director, id, version: 1, ("a", "高于竞品A", true), ("b", "高于竞品B", true), ("B", "又一个", true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("Two options have the code b", await duplicate.Content.ReadAsStringAsync());
        var category = await app.CategoryAsync("dup-test");
        Assert.Equal((1, "a,b"), (category.Version, string.Join(",", category.Options.Select(o => o.Code))));

        var badCode = await SaveAsync(director, id, version: 1, ("a", "高于竞品A", true), ("价 格", "中文编码", true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCode.StatusCode);
        Assert.Equal(1, (await app.CategoryAsync("dup-test")).Version);
    }

    [Fact]
    public async Task Given_a_category_saved_by_someone_else_When_an_older_form_is_posted_Then_409_and_the_typed_values_are_shown_again()
    {
        using var director = await app.SignInAsync("director", "en");
        using var marketing = await app.SignInAsync("marketing", "en");
        var id = await AddCategoryAsync(director, "stale-test", "服务体验");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(marketing, id, version: 0, name: "服务体验", ("queue", "排队久", true))).StatusCode);

        var stale = await SaveAsync(director, id, version: 0, name: "服务体验（旧表单）", ("queue", "排队太久了", true));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("服务体验（旧表单）", html);
        Assert.Contains("排队太久了", html);
        var category = await app.CategoryAsync("stale-test");
        Assert.Equal(("服务体验", "排队久", 1), (category.Name, category.Options.Single().Name, category.Version));
    }

    [Fact]
    public async Task Given_an_option_feedback_used_When_deactivated_or_removed_Then_its_code_stays_and_only_an_unused_option_is_removed()
    {
        using var director = await app.SignInAsync("director", "en");
        var id = await AddCategoryAsync(director, "keep-test", "缺货断货");
        await SaveAsync(director, id, version: 0, ("bestseller", "畅销品断货", true), ("new", "新品未到", true), ("spare", "备用", true));
        await app.FeedbackUsedAsync("华东", "keep-test", "bestseller");

        var deactivated = await SaveAsync(director, id, version: 1, name: "缺货断货", ("bestseller", "畅销断货", false), ("new", "新品未到", true));
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var category = await app.CategoryAsync("keep-test");
        // "spare" was left out of the form: a saved option is never dropped silently.
        Assert.Equal(
            ["bestseller:畅销断货:False", "new:新品未到:True", "spare:备用:True"],
            category.Options.Select(o => $"{o.Code}:{o.Name}:{o.Active}").ToArray());

        var removeUsed = await SaveAsync(director, id, version: 2, removals: ["bestseller"], ("bestseller", "畅销断货", false), ("new", "新品未到", true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, removeUsed.StatusCode);
        Assert.Contains("Feedback already uses bestseller", await removeUsed.Content.ReadAsStringAsync());
        Assert.Equal(3, (await app.CategoryAsync("keep-test")).Options.Count);

        var removeUnused = await SaveAsync(director, id, version: 2, removals: ["spare"],
            ("bestseller", "畅销断货", false), ("new", "新品未到", true), ("spare", "备用", true));
        Assert.Equal(HttpStatusCode.Redirect, removeUnused.StatusCode);
        Assert.Equal(["bestseller", "new"], (await app.CategoryAsync("keep-test")).Options.Select(o => o.Code).ToArray());
    }

    [Fact]
    public async Task Given_two_categories_When_one_moves_up_Then_the_order_swaps_and_a_stale_move_is_409()
    {
        using var director = await app.SignInAsync("director", "en");
        await AddCategoryAsync(director, "move-1", "一");
        var second = await AddCategoryAsync(director, "move-2", "二");

        var moved = await director.PostFormAsync($"{Tree}?handler=Move&id={second}", new() { ["version"] = "0", ["direction"] = "-1" }, Tree);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal((await app.CategoryAsync("move-1")).SortOrder - 1, (await app.CategoryAsync("move-2")).SortOrder);

        var stale = await director.PostFormAsync($"{Tree}?handler=Move&id={second}", new() { ["version"] = "0", ["direction"] = "1" }, Tree);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Given_a_category_When_the_playbook_responsible_and_threshold_are_saved_Then_they_are_kept_and_a_bad_link_is_refused()
    {
        using var director = await app.SignInAsync("director", "en");
        var id = await AddCategoryAsync(director, "playbook-test", "价格异议");
        var mgr = await app.UserIdAsync("mgr.east");
        var fields = Form(0, "价格异议", [], ("a", "高于竞品A", true));
        fields["Input.PlaybookTitle"] = "价格异议应对";
        fields["Input.PlaybookText"] = "先确认顾客比较的是哪个竞品和规格。";
        fields["Input.PlaybookLink"] = "javascript:alert(1)";
        fields["Input.ResponsibleUserId"] = mgr.ToString();
        fields["Input.ClusterThreshold"] = "8";
        var badLink = await director.PostFormAsync($"{Tree}/Edit?id={id}", fields, $"{Tree}/Edit?id={id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLink.StatusCode);
        Assert.Contains("starting with https://", await badLink.Content.ReadAsStringAsync());

        fields["Input.PlaybookLink"] = "https://intranet.example.com/playbooks/price";
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{Tree}/Edit?id={id}", fields, $"{Tree}/Edit?id={id}")).StatusCode);
        var category = await app.CategoryAsync("playbook-test");
        Assert.Equal(("价格异议应对", mgr, 8), (category.PlaybookTitle, category.ResponsibleUserId, category.ClusterThreshold));

        var taken = await director.PostFormAsync($"{Tree}?handler=Add", new() { ["Input.Code"] = "playbook-test", ["Input.Name"] = "重复" }, Tree);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("already a category with the code playbook-test", await taken.Content.ReadAsStringAsync());
    }

    private async Task<Guid> AddCategoryAsync(HttpClient client, string code, string name)
    {
        var added = await client.PostFormAsync($"{Tree}?handler=Add", new() { ["Input.Code"] = code, ["Input.Name"] = name }, Tree);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return (await app.CategoryAsync(code)).Id;
    }

    private Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, int version, params (string Code, string Name, bool Active)[] options) =>
        SaveAsync(client, id, version, removals: [], options);

    private Task<HttpResponseMessage> SaveAsync(
        HttpClient client, Guid id, int version, string[] removals, params (string Code, string Name, bool Active)[] options) =>
        client.PostFormAsync($"{Tree}/Edit?id={id}", Form(version, null, removals, options), $"{Tree}/Edit?id={id}");

    private Task<HttpResponseMessage> SaveAsync(
        HttpClient client, Guid id, int version, string name, params (string Code, string Name, bool Active)[] options) =>
        client.PostFormAsync($"{Tree}/Edit?id={id}", Form(version, name, [], options), $"{Tree}/Edit?id={id}");

    private static Dictionary<string, string> Form(
        int version, string? name, string[] removals, params (string Code, string Name, bool Active)[] options)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = version.ToString(), ["Input.Name"] = name ?? "类别", ["Input.SortOrder"] = "1", ["Input.Active"] = "true",
        };
        for (var i = 0; i < options.Length; i++)
        {
            fields[$"Input.Options[{i}].Code"] = options[i].Code;
            fields[$"Input.Options[{i}].Name"] = options[i].Name;
            fields[$"Input.Options[{i}].Order"] = (i + 1).ToString();
            fields[$"Input.Options[{i}].Active"] = options[i].Active ? "true" : "false";
            fields[$"Input.Options[{i}].Remove"] = removals.Contains(options[i].Code) ? "true" : "false";
        }
        return fields;
    }
}
