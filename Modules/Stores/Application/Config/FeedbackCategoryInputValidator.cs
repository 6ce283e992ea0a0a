using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

internal sealed class FeedbackCategoryInputValidator : AbstractValidator<FeedbackCategoryInput>
{
    public FeedbackCategoryInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= FeedbackCategory.NameMaxLength)
            .WithMessage("Config_Error_Name").WithState(_ => new object[] { FeedbackCategory.NameMaxLength });
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 999).WithMessage("Config_Error_Order");
        RuleFor(x => x.ClusterThreshold).InclusiveBetween(1, 10_000).When(x => x.ClusterThreshold is not null)
            .WithMessage("Feedback_Error_Threshold");
        RuleFor(x => x.PlaybookTitle).MaximumLength(FeedbackCategory.NameMaxLength)
            .WithMessage("Feedback_Error_PlaybookTitle").WithState(_ => new object[] { FeedbackCategory.NameMaxLength });
        RuleFor(x => x.PlaybookText).MaximumLength(FeedbackCategory.PlaybookMaxLength)
            .WithMessage("Feedback_Error_PlaybookText").WithState(_ => new object[] { FeedbackCategory.PlaybookMaxLength });
        RuleFor(x => x.PlaybookLink).Must(IsLink).WithMessage("Config_Error_Link")
            .WithState(_ => new object[] { FeedbackCategory.LinkMaxLength });
        RuleForEach(x => x.Options).ChildRules(o =>
        {
            o.RuleFor(x => x.Code).Must(ConfigCodes.IsValid).When(x => !x.IsBlank)
                .WithMessage("Config_Error_OptionCode").WithState(_ => new object[] { FeedbackCategory.CodeMaxLength });
            o.RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= FeedbackCategory.NameMaxLength)
                .When(x => !x.IsBlank).WithMessage("Config_Error_OptionName").WithState(_ => new object[] { FeedbackCategory.NameMaxLength });
        });
        RuleFor(x => x.Options).Must(HaveDistinctCodes).WithMessage("Config_Error_DuplicateOption")
            .WithState(x => new object[] { FirstDuplicate(x.Options) ?? string.Empty });
        RuleFor(x => x.Options).Must(o => o.Any(r => !r.IsBlank && !r.Remove)).WithMessage("Feedback_Error_NoOptions");
    }

    /// <summary>An absolute http(s) address or a path inside SalesSuite; empty: no link.</summary>
    internal static bool IsLink(string? link) =>
        string.IsNullOrWhiteSpace(link)
        || (link.Trim().Length <= FeedbackCategory.LinkMaxLength
            && ((Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                || (link.Trim().StartsWith('/') && !link.Trim().StartsWith("//", StringComparison.Ordinal))));

    private static bool HaveDistinctCodes(List<FeedbackOptionInput> options) => FirstDuplicate(options) is null;

    private static string? FirstDuplicate(List<FeedbackOptionInput> options) =>
        options.Where(o => !o.IsBlank).GroupBy(o => o.CodeText, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1)?.Key;
}
