using System.Text;

namespace SalesSuite.Leads.Domain;

/// <summary>Normalisation used to spot the same customer entered twice.</summary>
internal static class DuplicateKeys
{
    private static readonly string[] CompanySuffixes =
        ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "co.,ltd", "coltd", "co.ltd", "ltd", "inc"];

    /// <summary>Digits only, without a +86 / 0086 country prefix: "+86 138-0013-8000" -> "13800138000".</summary>
    public static string Phone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = digits[2..];
        }
        return digits;
    }

    /// <summary>Lower case, no spaces/punctuation/brackets, legal-form suffix removed: "宁波 恒达自动化（有限公司）" -> "宁波恒达自动化".</summary>
    public static string CompanyName(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        var key = builder.ToString();
        foreach (var suffix in CompanySuffixes)
        {
            var bare = suffix.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (key.EndsWith(bare, StringComparison.Ordinal) && key.Length > bare.Length)
            {
                key = key[..^bare.Length];
                break;
            }
        }
        return key;
    }

    /// <summary>统一社会信用代码: upper case, no spaces or dashes.</summary>
    public static string CreditCode(string code) =>
        new string(code.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    public static bool IsValidPhone(string phone)
    {
        var digits = Phone(phone);
        return digits.Length is >= 7 and <= 12;
    }
}
