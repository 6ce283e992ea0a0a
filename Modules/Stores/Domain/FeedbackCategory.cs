using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// One branch of headquarters' customer-feedback tree (价格异议 → 高于竞品A / 高于竞品B / 高于我司历史价), with the
/// response playbook (应对话术包) pushed to store managers when the category clusters, and the person named responsible.
/// Codes are stable (events and reports keep them); names can change.
/// </summary>
internal sealed class FeedbackCategory : IAuditable, IVersioned
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 50;
    public const int PlaybookMaxLength = 2000;
    public const int LinkMaxLength = 300;

    private readonly List<FeedbackOption> options = [];

    public FeedbackCategory(Guid id, string code, string name, int sortOrder)
    {
        Id = id;
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(code) || code.Trim().Length > CodeMaxLength, "Feedback_Error_Code", CodeMaxLength);
        Code = code.Trim();
        Rename(name);
        SortOrder = sortOrder;
        Active = true;
    }

    private FeedbackCategory()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public int SortOrder { get; private set; }
    public bool Active { get; private set; }
    /// <summary>Weekly count across stores above which the category clusters; null = the module setting (default 15).</summary>
    public int? ClusterThreshold { get; private set; }
    public string? PlaybookTitle { get; private set; }
    public string? PlaybookText { get; private set; }
    public string? PlaybookLink { get; private set; }
    /// <summary>The person named responsible when this category clusters (null: the sales director role).</summary>
    public Guid? ResponsibleUserId { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<FeedbackOption> Options => options;

    public string AuditId => Code;

    public bool HasOption(string code) => options.Any(o => o.Code == code && o.Active);

    public void Rename(string name)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength, "Feedback_Error_Name", NameMaxLength);
        Name = name.Trim();
    }

    public void Configure(int sortOrder, bool active, int? clusterThreshold, Guid? responsibleUserId)
    {
        DomainException.ThrowIf(clusterThreshold is < 1 or > 10_000, "Feedback_Error_Threshold");
        SortOrder = sortOrder;
        Active = active;
        ClusterThreshold = clusterThreshold;
        ResponsibleUserId = responsibleUserId;
    }

    public void SetPlaybook(string? title, string? text, string? link)
    {
        DomainException.ThrowIf(title?.Trim().Length > NameMaxLength, "Feedback_Error_PlaybookTitle", NameMaxLength);
        DomainException.ThrowIf(text?.Trim().Length > PlaybookMaxLength, "Feedback_Error_PlaybookText", PlaybookMaxLength);
        DomainException.ThrowIf(link?.Trim().Length > LinkMaxLength, "Feedback_Error_PlaybookLink", LinkMaxLength);
        PlaybookTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        PlaybookText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        PlaybookLink = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
    }

    /// <summary>Replaces the options (sub-choices) in the given order; codes must be unique within the category.</summary>
    public void ReplaceOptions(IEnumerable<FeedbackOption> newOptions)
    {
        var list = newOptions.ToList();
        DomainException.ThrowIf(list.Count == 0, "Feedback_Error_NoOptions");
        DomainException.ThrowIf(list.Select(o => o.Code).Distinct().Count() != list.Count, "Feedback_Error_DuplicateOption");
        foreach (var o in list)
        {
            DomainException.ThrowIf(string.IsNullOrWhiteSpace(o.Code) || o.Code.Length > CodeMaxLength, "Feedback_Error_Code", CodeMaxLength);
            DomainException.ThrowIf(string.IsNullOrWhiteSpace(o.Name) || o.Name.Length > NameMaxLength, "Feedback_Error_Name", NameMaxLength);
        }
        options.Clear();
        options.AddRange(list.Select(o => o with { Code = o.Code.Trim(), Name = o.Name.Trim() }));
    }
}

/// <summary>A sub-choice of a feedback category (高于竞品A).</summary>
internal sealed record FeedbackOption(string Code, string Name, bool Active = true);
