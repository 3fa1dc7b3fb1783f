"""Near-duplicate signatures and the cheap language guess."""

from pathlib import Path

import pytest

from accords.ingest import NEAR_DUPLICATE_THRESHOLD, detect_language, jaccard, make_article, minhash_signature
from accords.ingest.dedup import shingles

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def _seed(name: str) -> str:
    return make_article((FIXTURES / name).read_text(encoding="utf-8")).text


def test_signature_is_stable_and_128_long():
    text = _seed("seed_000.txt")
    signature = minhash_signature(text)
    assert len(signature) == 128
    assert all(isinstance(value, int) for value in signature)
    assert signature == minhash_signature(text)


def test_syndicated_copy_is_a_near_duplicate():
    original = _seed("seed_000.txt")
    copy = "BAKU (Trend) - " + original.replace("Moreover, during the meeting", "During the meeting") + "\n\nTrend"
    similarity = jaccard(minhash_signature(original), minhash_signature(copy))
    assert similarity >= NEAR_DUPLICATE_THRESHOLD


def test_different_articles_are_not_near_duplicates():
    assert jaccard(minhash_signature(_seed("seed_000.txt")), minhash_signature(_seed("seed_004.txt"))) < 0.1


def test_case_and_spacing_do_not_change_the_signature():
    assert minhash_signature("Iran and  Turkey SIGNED a deal on gas.") == minhash_signature("iran and turkey signed a deal on gas")


def test_shingles_of_short_texts():
    assert shingles("Iran, Turkey sign") == {"iran turkey sign"}
    assert shingles("") == set()
    assert shingles("a b c d e f") == {"a b c d e", "b c d e f"}


def test_jaccard_refuses_signatures_of_different_lengths():
    with pytest.raises(ValueError, match="differ in length"):
        jaccard((1, 2), (1, 2, 3))


LANGUAGES = [
    ("en", "The two countries signed an agreement on energy cooperation, the ministry said on Monday."),
    ("de", "Die beiden Länder haben ein Abkommen über die Zusammenarbeit im Energiebereich unterzeichnet, teilte das Ministerium mit."),
    ("fr", "Les deux pays ont signé un accord sur la coopération dans le domaine de l'énergie, a indiqué le ministère."),
    ("es", "Los dos países firmaron un acuerdo de cooperación en el sector de la energía, según el ministerio."),
    ("ru", "Две страны подписали соглашение о сотрудничестве в области энергетики, сообщило министерство."),
    ("fa", "دو کشور یک توافقنامه همکاری در زمینه انرژی امضا کردند، وزارت نفت اعلام کرد."),
    ("ar", "وقع البلدان اتفاقية للتعاون في مجال الطاقة، حسبما ذكرت الوزارة يوم الاثنين."),
    ("tr", "İki ülke enerji alanında iş birliği için bir anlaşma imzaladı ve bakanlık bu anlaşmanın çok önemli olduğunu açıkladı."),
    ("az", "İki ölkə arasında enerji sahəsində əməkdaşlıq üçün saziş imzalanıb və nazirlik bu sazişin çox vacib olduğunu bildirib."),
    # pages of the article-extraction benchmark (MIT): the English stages would read their words as names
    ("pt", "O prof. Carlos Nadalim apresenta, neste vídeo, uma loja incrível nos EUA, repleta de materiais didáticos, "
           "livros e uma quantidade enorme de recursos educativos para crianças. Por que não temos uma assim no Brasil?"),
    ("it", "Il black Friday incombe su di noi: per chi non lo sapesse (o per chi è sbarcato da Marte recentemente) il "
           "“venerdì nero” è l’ennesima consuetudine importata dagli USA"),
    ("id", "Mudah2an kita bisa memahami dan mengamalkan Al Qur’an dan Hadits ini. Jangan cuma di kerongkongan. "
           "Jangan lebay dalam mencintai atau membenci sesuatu."),
    ("ko", "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다."),
    ("ja", "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。"),
    ("zh", "两国签署了能源合作协议，外交部周一表示。"),
    # English with names from those languages stays English
    ("en", "Carlos Nadalim, a teacher from Brazil, said the school in Belo Horizonte would open next year."),
]


@pytest.mark.parametrize(("expected", "text"), LANGUAGES, ids=[code for code, _ in LANGUAGES])
def test_detect_language(expected, text):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "Baku", "Iran Turkey deal", "12 34 56 78 90 11"], ids=["empty", "one word", "three words", "numbers"])
def test_detect_language_says_none_when_too_short(text):
    assert detect_language(text) is None


def test_seed_articles_are_english():
    assert make_article((FIXTURES / "seed_004.txt").read_text(encoding="utf-8")).language == "en"
