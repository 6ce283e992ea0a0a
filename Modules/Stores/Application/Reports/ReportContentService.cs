using FluentValidation;
using NodaTime;
using SalesSuite.Stores.Application.Catalog;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>
/// Checks a whole report before anything is written (every problem at once, each next to its field): the form's rules,
/// 3 shelf photos, at most 3 screenshots and 5 recordings, feedback options that exist and are active, an answer for
/// each promotion that applies today (with its photo when executed and required), a known status for each product due.
/// </summary>
internal sealed class ReportContentService(CatalogQueries catalog, IValidator<ReportInput> validator)
{
    public const int ShelfPhotos = 3;
    public const int MaxScreenshots = 3;
    public const int MaxRecordings = 5;

    public async Task<ReportPlan> CheckAsync(Store store, LocalDate day, ReportInput input, ReportUploads uploads, CancellationToken ct)
    {
        var problems = validator.Validate(input).Errors
            .Select(e => new ReportProblem("Input." + e.PropertyName, e.ErrorMessage, e.CustomState as object[] ?? []))
            .ToList();
        Require(problems, uploads.ShelfPhotos.Count == ShelfPhotos, "Shelf", "Report_Error_ShelfPhotos", ShelfPhotos);
        Require(problems, uploads.Screenshots.Count <= MaxScreenshots, "Screenshots", "Report_Error_Screenshots", MaxScreenshots);
        Require(problems, uploads.Recordings.Count <= MaxRecordings, "Recordings", "Report_Error_Recordings", MaxRecordings);
        var feedback = await FeedbackAsync(input, problems, ct);
        var promotions = await PromotionsAsync(store, day, input, uploads, problems, ct);
        var rollouts = await RolloutsAsync(store, day, input, problems, ct);
        if (problems.Count > 0)
        {
            throw new ReportRefusedException(problems);
        }
        var files = uploads.ShelfPhotos.Select(u => new PlannedUpload(FileKind.ShelfPhoto, u, null))
            .Concat(uploads.Screenshots.Select(u => new PlannedUpload(FileKind.GroupBuyScreenshot, u, null)))
            .Concat(uploads.Recordings.Select(u => new PlannedUpload(FileKind.Recording, u, null)))
            .Concat(promotions.Where(p => p.Photo is not null).Select(p => new PlannedUpload(FileKind.PromotionPhoto, p.Photo!, p.Promotion.Id)))
            .ToList();
        return new ReportPlan(feedback, promotions, rollouts, files);
    }

    private async Task<List<PlannedFeedback>> FeedbackAsync(ReportInput input, List<ReportProblem> problems, CancellationToken ct)
    {
        var tree = (await catalog.FeedbackTreeAsync(ct)).ToDictionary(c => c.Code);
        var lines = new List<PlannedFeedback>();
        foreach (var (line, i) in input.Feedback.Select((l, i) => (l, i)).Where(x => !x.l.IsBlank))
        {
            var category = line.Category?.Trim() ?? string.Empty;
            var option = line.Option?.Trim() ?? string.Empty;
            if (category.Length == 0 || option.Length == 0)
            {
                continue; // the form's rules already said which one is missing
            }
            if (!tree.TryGetValue(category, out var known) || !known.HasOption(option))
            {
                problems.Add(new($"Input.Feedback[{i}].Option", "Report_Error_FeedbackUnknown", []));
                continue;
            }
            lines.Add(new PlannedFeedback(category, option, line.Question));
        }
        return lines;
    }

    private async Task<List<PlannedPromotion>> PromotionsAsync(
        Store store, LocalDate day, ReportInput input, ReportUploads uploads, List<ReportProblem> problems, CancellationToken ct)
    {
        var due = await catalog.PromotionsForAsync(store, day, ct);
        var answers = input.Promotions.Select((p, i) => (p, i)).GroupBy(x => x.p.PromotionId).ToDictionary(g => g.Key, g => g.First());
        foreach (var (_, i) in answers.Values.Where(x => due.All(p => p.Id != x.p.PromotionId)))
        {
            problems.Add(new($"Input.Promotions[{i}].Executed", "Report_Error_PromotionNotToday", []));
        }
        var planned = new List<PlannedPromotion>();
        foreach (var promotion in due)
        {
            if (!answers.TryGetValue(promotion.Id, out var answer))
            {
                problems.Add(new(string.Empty, "Report_Error_PromotionMissing", [promotion.Name]));
                continue;
            }
            if (answer.p.Executed is not { } executed)
            {
                continue; // the form's rules already said so
            }
            var photo = executed ? uploads.PromotionPhotos.GetValueOrDefault(promotion.Id) : null;
            Require(problems, !executed || !promotion.PhotoRequired || photo is not null, $"PromotionPhoto.{promotion.Id}",
                "Report_Error_PromotionPhoto");
            planned.Add(new PlannedPromotion(promotion, executed, photo));
        }
        return planned;
    }

    private async Task<List<RolloutLineInput>> RolloutsAsync(
        Store store, LocalDate day, ReportInput input, List<ReportProblem> problems, CancellationToken ct)
    {
        var due = await catalog.ProductsToReportAsync(store, day, ct);
        var answers = input.Rollouts.Select((r, i) => (r, i)).GroupBy(x => x.r.ProductId).ToDictionary(g => g.Key, g => g.First());
        foreach (var (_, i) in answers.Values.Where(x => due.All(p => p.Id != x.r.ProductId)))
        {
            problems.Add(new($"Input.Rollouts[{i}].Status", "Report_Error_ProductNotDue", []));
        }
        foreach (var product in due.Where(p => !answers.ContainsKey(p.Id)))
        {
            problems.Add(new(string.Empty, "Report_Error_RolloutMissing", [product.Name]));
        }
        return answers.Values.Where(x => due.Any(p => p.Id == x.r.ProductId) && RolloutStatus.IsKnown(x.r.Status)).Select(x => x.r).ToList();
    }

    private static void Require(List<ReportProblem> problems, bool condition, string field, string key, params object[] arguments)
    {
        if (!condition)
        {
            problems.Add(new ReportProblem(field, key, arguments));
        }
    }
}
