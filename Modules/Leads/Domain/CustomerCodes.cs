namespace SalesSuite.Leads.Domain;

/// <summary>Customer code: letter + last 4 phone digits + source-channel code, with a suffix when taken ("C8000WEB", "C8000WEB-2").</summary>
internal static class CustomerCodes
{
    public const char Letter = 'C';

    public static string ChannelCode(string source) => source switch
    {
        "官网表单" or "website" => "WEB",
        "展会扫码" or "tradeshow" => "EXP",
        "转介绍" or "referral" => "REF",
        "API" => "API",
        _ => "OTH",
    };

    public static string Base(string phone, string source)
    {
        var digits = DuplicateKeys.Phone(phone);
        var last4 = digits.Length >= 4 ? digits[^4..] : digits.PadLeft(4, '0');
        return $"{Letter}{last4}{ChannelCode(source)}";
    }

    public static string MakeUnique(string baseCode, IReadOnlyCollection<string> taken)
    {
        if (!taken.Contains(baseCode))
        {
            return baseCode;
        }
        for (var n = 2; ; n++)
        {
            var candidate = $"{baseCode}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
