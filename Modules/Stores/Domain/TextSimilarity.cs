using System.Globalization;
using System.Text;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// "The same customer question": texts are normalised (trimmed, lower-case, full-width forms folded to half-width,
/// punctuation, symbols and spaces removed) and compared by the Dice coefficient of their character bigrams
/// (2 × shared bigrams / all bigrams). Near-identical = similarity ≥ the configured percent (default 85 %).
/// Bigrams of characters work for Chinese without a word segmenter.
/// </summary>
internal static class TextSimilarity
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Trim())
        {
            var c = raw switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                _ => raw,
            };
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c))
            {
                continue;
            }
            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Dice coefficient of the bigrams of two normalised texts, 0–1 (two empty texts: 0; one character: equal or not).</summary>
    public static double Dice(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        if (a == b)
        {
            return 1;
        }
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }
        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i < a.Length - 1; i++)
        {
            var key = (a[i], a[i + 1]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var shared = 0;
        for (var i = 0; i < b.Length - 1; i++)
        {
            var key = (b[i], b[i + 1]);
            if (counts.TryGetValue(key, out var left) && left > 0)
            {
                counts[key] = left - 1;
                shared++;
            }
        }
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }

    /// <summary>Two normalised texts are near-identical: their Dice similarity is at least <paramref name="percent"/> %.</summary>
    public static bool NearIdentical(string a, string b, int percent) => a.Length > 0 && b.Length > 0 && Dice(a, b) * 100 >= percent - 1e-9;
}
