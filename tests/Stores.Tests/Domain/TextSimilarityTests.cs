using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class TextSimilarityTests
{
    [Fact]
    public void Given_full_width_letters_punctuation_spaces_and_capitals_When_normalised_Then_only_lower_case_half_width_text_is_left()
    {
        Assert.Equal("readymealsarehardtoheat", TextSimilarity.Normalise("  Ready meals, are HARD to heat!  "));
        Assert.Equal("abc123", TextSimilarity.Normalise("ＡＢＣ　１２３"));
        Assert.Equal("便当加热不方便", TextSimilarity.Normalise(" 便当加热，不方便。 "));
        Assert.Equal(string.Empty, TextSimilarity.Normalise("？！，。 "));
        Assert.Equal(string.Empty, TextSimilarity.Normalise(null));
    }

    [Fact]
    public void Given_identical_texts_Then_Dice_is_1_and_disjoint_texts_0()
    {
        Assert.Equal(1, TextSimilarity.Dice("便当不好加热", "便当不好加热"));
        Assert.Equal(0, TextSimilarity.Dice("abcd", "wxyz"));
        Assert.Equal(0, TextSimilarity.Dice(string.Empty, string.Empty));
    }

    [Fact]
    public void Given_known_bigrams_Then_Dice_is_twice_the_shared_over_all()
    {
        // night: ni ig gh ht; nacht: na ac ch ht → 1 shared of 8 → 0.25
        Assert.Equal(0.25, TextSimilarity.Dice("night", "nacht"), 6);
        // 便当不好加热 vs 便当很难加热: 便当, 加热 shared of 5 + 5 → 0.4
        Assert.Equal(0.4, TextSimilarity.Dice("便当不好加热", "便当很难加热"), 6);
    }

    [Fact]
    public void Given_texts_that_differ_by_punctuation_or_one_character_Then_they_are_near_identical_at_85_percent()
    {
        var a = TextSimilarity.Normalise("Ready meals are hard to heat");
        Assert.True(TextSimilarity.NearIdentical(a, TextSimilarity.Normalise("ready meals are hard to heat!!"), 85));
        Assert.True(TextSimilarity.NearIdentical(a, TextSimilarity.Normalise("ready meals are hard to heat up"), 85));
        Assert.False(TextSimilarity.NearIdentical(a, TextSimilarity.Normalise("the coffee machine is broken"), 85));
        Assert.False(TextSimilarity.NearIdentical(string.Empty, string.Empty, 85));
    }

    [Fact]
    public void Given_a_similarity_exactly_at_the_percent_Then_it_counts_as_near_identical()
    {
        // abcde vs abcdx: ab bc cd shared of 4 + 4 → 0.75
        Assert.True(TextSimilarity.NearIdentical("abcde", "abcdx", 75));
        Assert.False(TextSimilarity.NearIdentical("abcde", "abcdx", 76));
    }

    [Fact]
    public void Given_the_same_question_on_three_consecutive_days_Then_the_run_starts_on_the_first_and_flags_at_three()
    {
        var day = new LocalDate(2026, 11, 25);
        var key = TextSimilarity.Normalise("便当不好加热");
        var byDay = new Dictionary<LocalDate, IReadOnlyList<string>>
        {
            [day.PlusDays(-1)] = [TextSimilarity.Normalise("便当不好加热！")],
            [day.PlusDays(-2)] = ["其他问题", key],
            [day.PlusDays(-4)] = [key],
        };

        var first = SameQuestionRule.RunStart(key, day, byDay, 85);

        Assert.Equal(day.PlusDays(-2), first);
        Assert.Equal(3, SameQuestionRule.Length(first, day));
        Assert.True(SameQuestionRule.Flags(3, 3));
        Assert.False(SameQuestionRule.Flags(2, 3));
    }
}
