using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Config;

/// <summary>The starter tree: offered only while the tree is empty, loaded in the reader's language, never twice.</summary>
public sealed class StarterTreeTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Tree = "/Stores/Config/Feedback";

    [Fact]
    public async Task Given_an_empty_tree_When_the_starter_tree_is_loaded_in_English_Then_seven_categories_and_the_button_is_gone()
    {
        using var admin = await app.SignInAsync("admin", "en");
        Assert.Contains("load-starter", await admin.GetStringAsync(Tree));

        var loaded = await admin.PostFormAsync($"{Tree}?handler=Starter", [], Tree);
        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        var tree = await app.DbAsync(db => db.FeedbackCategories.AsNoTracking().ToListAsync());
        Assert.Equal(
            ["price", "quality", "stockout", "inconvenient", "service", "new-product", "other"],
            tree.OrderBy(c => c.SortOrder).Select(c => c.Code).ToArray());
        var price = tree.Single(c => c.Code == "price");
        Assert.Equal(
            ("Price objection", "Higher than competitor A|Higher than competitor B|Higher than our past price"),
            (price.Name, string.Join("|", price.Options.Select(o => o.Name))));
        Assert.DoesNotContain("load-starter", await admin.GetStringAsync(Tree));

        var again = await admin.PostFormAsync($"{Tree}?handler=Starter", [], Tree);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(7, await app.DbAsync(db => db.FeedbackCategories.CountAsync()));

        // The seeder's call (no user): nothing to add once the tree has categories.
        var added = await app.InScopeAsync(sp =>
            sp.GetRequiredService<FeedbackTreeCommands>().EnsureStarterTreeAsync(CultureInfo.GetCultureInfo("zh-CN"), CancellationToken.None));
        Assert.Equal(0, added);
    }

    [Fact]
    public void Given_the_starter_tree_Then_every_name_has_a_text_in_both_languages()
    {
        var keys = FeedbackTreeDefaults.Tree.SelectMany(c => c.Options.Select(o => FeedbackTreeDefaults.OptionKey(c.Category, o))
            .Prepend(FeedbackTreeDefaults.CategoryKey(c.Category))).ToList();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var text = File.ReadAllText(Path.Combine(SolutionRoot(), "Modules", "Stores", "Resources", $"strings.{culture}.json"));
            Assert.All(keys, k => Assert.Contains($"\"{k}\":", text));
        }
        Assert.Contains("\"Config_Tree_price_competitor-a\": \"高于竞品A\"",
            File.ReadAllText(Path.Combine(SolutionRoot(), "Modules", "Stores", "Resources", "strings.zh-CN.json")));
    }

    private static string SolutionRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesSuite.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above the test folder.");
    }
}
