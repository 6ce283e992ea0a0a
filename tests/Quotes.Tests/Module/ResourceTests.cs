using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesSuite.Quotes.Tests.Module;

public sealed partial class ResourceTests
{
    private static readonly string ModuleDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../Modules/Quotes"));

    private static HashSet<string> Keys(string dir, string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(dir, "Resources", $"strings.{culture}.json")))!
            .Keys.ToHashSet();

    [Fact]
    public void Given_both_languages_Then_they_have_exactly_the_same_keys()
    {
        Assert.Equal(Keys(ModuleDir, "en").Order(), Keys(ModuleDir, "zh-CN").Order());
    }

    [Fact]
    public void Given_every_page_Then_every_literal_resource_key_exists()
    {
        var known = Keys(ModuleDir, "en");
        known.UnionWith(Keys(Path.Combine(ModuleDir, "../../SharedKernel"), "en"));
        var missing = Directory.EnumerateFiles(ModuleDir, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("Migrations"))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !known.Contains(k))
            .Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Given_every_enum_value_shown_Then_it_has_a_resource_key()
    {
        var known = Keys(ModuleDir, "en");
        var keys = Enum.GetValues<SalesSuite.Quotes.Domain.StepKind>().Select(SalesSuite.Quotes.Web.ResourceKeys.Step)
            .Concat(Enum.GetValues<SalesSuite.Quotes.Domain.QuoteStatus>().Select(SalesSuite.Quotes.Web.ResourceKeys.Status))
            .Concat(Enum.GetValues<SalesSuite.Quotes.Domain.StepStatus>().Select(SalesSuite.Quotes.Web.ResourceKeys.StepStatus))
            .Concat(Enum.GetValues<SalesSuite.Quotes.Domain.StepKind>()
                .SelectMany(k => new[] { $"Quote_Notify_SlaBreached_{k}", $"Quote_Notify_SlaBreachedManager_{k}" }));
        Assert.All(keys, k => Assert.Contains(k, known));
    }

    [Fact]
    public void Given_every_validator_Then_its_message_keys_exist_in_both_languages()
    {
        var known = Keys(ModuleDir, "en");
        known.IntersectWith(Keys(ModuleDir, "zh-CN"));
        var keys = Directory.EnumerateFiles(Path.Combine(ModuleDir, "Application"), "*Validator.cs", SearchOption.AllDirectories)
            .SelectMany(f => ValidatorKeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains(k, known));
    }

    [GeneratedRegex("(?:L|_l)\\[\"([A-Za-z0-9_]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("(?:WithMessage\\(|ValidationFailure\\([^,]+, )\"([A-Za-z0-9_]+)\"")]
    private static partial Regex ValidatorKeyPattern();
}
