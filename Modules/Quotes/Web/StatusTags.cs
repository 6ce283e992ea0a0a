using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>The colour of a quote status's tag, on the quote's page and in every row of the list.</summary>
internal static class StatusTags
{
    public static string Css(QuoteStatus status) => status switch
    {
        QuoteStatus.Approved or QuoteStatus.Accepted => "tag-ok",
        QuoteStatus.Rejected or QuoteStatus.Expired => "tag-danger",
        QuoteStatus.InApproval => "tag-warn",
        _ => "tag-muted",
    };
}
