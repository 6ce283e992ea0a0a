using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesSuite.Leads.Tests;

public sealed partial class ResourceKeysTests
{
    private static readonly string ModuleDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../Modules/Leads"));

    private static Dictionary<string, string> Read(string file) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(ModuleDir, "Resources", file)))!;

    [Fact]
    public void Given_both_resource_files_Then_they_have_the_same_keys()
    {
        var en = Read("strings.en.json").Keys.Order().ToList();
        var zh = Read("strings.zh-CN.json").Keys.Order().ToList();
        Assert.Equal(en, zh);
    }

    [Fact]
    public void Given_the_pages_and_code_Then_every_literal_key_exists()
    {
        var keys = Read("strings.en.json").Keys.ToHashSet();
        var missing = Directory.EnumerateFiles(ModuleDir, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.StartsWith("Common_", StringComparison.Ordinal) && !k.StartsWith("Validation_", StringComparison.Ordinal) && !keys.Contains(k))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex("(?:L|_l)\\[\"([A-Za-z0-9_]+)\"\\s*[\\],]")]
    private static partial Regex KeyPattern();
}
