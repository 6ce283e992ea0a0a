namespace SalesSuite.Stores.Application.Config;

/// <summary>
/// The starter feedback tree headquarters can load when the tree is empty (the demo seeder loads the same). Names are
/// the resource keys <c>Config_Tree_{category}</c> and <c>Config_Tree_{category}_{option}</c>, read in the language chosen
/// at load time; after that they are ordinary names headquarters can rename.
/// </summary>
internal static class FeedbackTreeDefaults
{
    public static readonly IReadOnlyList<(string Category, IReadOnlyList<string> Options)> Tree =
    [
        ("price", ["competitor-a", "competitor-b", "own-history"]),
        ("quality", ["near-expiry", "damaged", "taste"]),
        ("stockout", ["bestseller", "new-not-arrived"]),
        ("inconvenient", ["heating", "packaging"]),
        ("service", ["queue", "checkout"]),
        ("new-product", ["arrival", "price"]),
        ("other", ["other"]),
    ];

    public static string CategoryKey(string category) => $"Config_Tree_{category}";

    public static string OptionKey(string category, string option) => $"Config_Tree_{category}_{option}";
}
