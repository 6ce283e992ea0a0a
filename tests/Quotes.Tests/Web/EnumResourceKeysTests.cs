using System.Text.Json;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;

namespace SalesSuite.Quotes.Tests.Web;

/// <summary>
/// Keys built from enum values at run time (step, status, SLA notices) are invisible to the literal-key scan in
/// Host.Tests, so each one is checked here.
/// </summary>
public sealed class EnumResourceKeysTests
{
    private static readonly string ModuleDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../Modules/Quotes"));

    [Fact]
    public void Given_every_enum_value_shown_Then_it_has_a_resource_key()
    {
        var known = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(ModuleDir, "Resources", "strings.en.json")))!.Keys;
        var keys = Enum.GetValues<StepKind>().Select(ResourceKeys.Step)
            .Concat(Enum.GetValues<QuoteStatus>().Select(ResourceKeys.Status))
            .Concat(Enum.GetValues<StepStatus>().Select(ResourceKeys.StepStatus))
            .Concat(Enum.GetValues<StepKind>().SelectMany(k => new[] { $"Quote_Notify_SlaBreached_{k}", $"Quote_Notify_SlaBreachedManager_{k}" }));

        Assert.All(keys, k => Assert.Contains(k, known));
    }
}
