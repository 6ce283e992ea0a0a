using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// A key action and its evidence standard (<see cref="Rule"/>): what must happen, counted from events. Names in both UI
/// languages; <see cref="DrivesMetric"/>: the result it leads to (the decomposition's conversion rate is measured
/// between the two); <see cref="ForManagers"/>: a manager's own commitment (morning meetings, profile reviews, coaching);
/// <see cref="HowToUrl"/>: a short how-to video or page (≤ <see cref="HowToMaxSeconds"/> s) shown with the task.
/// </summary>
internal sealed class KeyActionType : IAuditable, IVersioned
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 300;
    public const int UrlMaxLength = 300;
    public const int HowToMaxSeconds = 90;

    // Codes of the default standards the weekly-plan template and the demo refer to.
    public const string KeyVisit = "key-visit";
    public const string NewProspect = "new-prospect";
    public const string Collaboration = "collaboration";
    public const string QuoteSubmitted = "quote-submitted";
    public const string TermsConfirmed = "terms-confirmed";
    public const string Negotiation = "negotiation";
    public const string StoreReport = "store-report";
    public const string StoreMeeting = "store-meeting";
    public const string ProfileReview = "profile-review";
    public const string Coaching = "coaching";

    public KeyActionType(Guid id, string code, string nameZh, string nameEn, EvidenceRule rule)
    {
        Id = id;
        var trimmed = code?.Trim().ToLowerInvariant() ?? "";
        DomainException.ThrowIf(trimmed.Length is 0 or > CodeMaxLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'),
            "ActionType_Error_Code", CodeMaxLength);
        Code = trimmed;
        Change(nameZh, nameEn, null, rule, null, null, null, forManagers: false);
        Active = true;
    }

    private KeyActionType()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string NameZh { get; private set; } = string.Empty;
    public string NameEn { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public EvidenceRule Rule { get; private set; } = new(EvidenceCatalog.FollowUpLogged);
    public ResultMetric? DrivesMetric { get; private set; }
    public string? HowToUrl { get; private set; }
    public int? HowToSeconds { get; private set; }
    public bool ForManagers { get; private set; }
    public bool Active { get; private set; }
    public int Version { get; set; }

    public string AuditId => Code;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    public void Change(string nameZh, string nameEn, string? description, EvidenceRule rule, ResultMetric? drivesMetric,
        string? howToUrl, int? howToSeconds, bool forManagers)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(nameZh) || nameZh.Trim().Length > NameMaxLength, "ActionType_Error_Name", NameMaxLength);
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(nameEn) || nameEn.Trim().Length > NameMaxLength, "ActionType_Error_Name", NameMaxLength);
        DomainException.ThrowIf(description?.Trim().Length > DescriptionMaxLength, "ActionType_Error_Description", DescriptionMaxLength);
        var url = string.IsNullOrWhiteSpace(howToUrl) ? null : howToUrl.Trim();
        DomainException.ThrowIf(url is not null && (url.Length > UrlMaxLength || !IsWebOrLocal(url)), "ActionType_Error_HowToUrl");
        DomainException.ThrowIf(howToSeconds is < 1 or > HowToMaxSeconds, "ActionType_Error_HowToSeconds", HowToMaxSeconds);
        Rule = rule.Validated();
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DrivesMetric = drivesMetric;
        HowToUrl = url;
        HowToSeconds = url is null ? null : howToSeconds;
        ForManagers = forManagers;
    }

    public void SetActive(bool active) => Active = active;

    private static bool IsWebOrLocal(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
